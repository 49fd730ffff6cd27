import { describe, expect, it } from "vitest";
import { parsePathQuery } from "@/lib/ui/path-query";

describe("path query text", () => {
  it.each(["LLM → Generative AI", "LLM -> Generative AI", "LLM->Generative AI", "  LLM →Generative AI "])("reads %j", (text) => {
    expect(parsePathQuery(text)).toEqual({ from: "LLM", to: "Generative AI", ambiguous: false });
  });

  it('reads "to" and flags it, since names can contain it', () => {
    expect(parsePathQuery("LLM to Generative AI")).toEqual({ from: "LLM", to: "Generative AI", ambiguous: true });
    expect(parsePathQuery("speech to text")?.ambiguous).toBe(true);
  });

  it("ignores plain searches and half queries", () => {
    expect(parsePathQuery("genai")).toBeNull();
    expect(parsePathQuery("Text-to-Image")).toBeNull();
    expect(parsePathQuery("LLM →")).toBeNull();
    expect(parsePathQuery("a → b → c")).toBeNull();
  });
});
