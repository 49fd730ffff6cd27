import { describe, expect, it } from "vitest";
import { looksLikeQuestion } from "@/lib/ui/ask-question";
import { parseAsk, parseView, serializeView, withAsk } from "@/lib/ui/url-state";

describe("the search box's questions", () => {
  it.each(["Is GPT-4 an LLM", "can dalle make video", "LLM vs GenAI?", "what is a transformer", "  Who made ChatGPT "])("%s is a question", (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });
  it.each(["GPT-4", "LLM -> Generative AI", "speech to text", "Island", "Whisper", "", "   "])("%s is not", (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});

describe("the question in the URL", () => {
  it("round-trips beside the view, which keeps it untouched", () => {
    const search = withAsk("?debug=1&node=gpt-4", "Is GPT-4 an LLM?");
    expect(parseAsk(search)).toBe("Is GPT-4 an LLM?");
    expect(parseView(search).selection).toEqual({ kind: "node", id: "gpt-4" });
    expect(parseAsk(serializeView({ ...parseView(search), selection: null }, search))).toBe("Is GPT-4 an LLM?");
    expect(withAsk(search, null)).toBe("?debug=1&node=gpt-4");
  });
  it("ignores an empty or over-long question", () => {
    expect(parseAsk("?ask=%20")).toBeNull();
    expect(parseAsk(`?ask=${"x".repeat(201)}`)).toBeNull();
    expect(parseAsk("")).toBeNull();
  });
});
