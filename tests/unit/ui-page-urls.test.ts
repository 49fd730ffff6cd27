import { describe, expect, it } from "vitest";
import { compareUrl, explorerUrl, parseAsk, parseView, tasksUrl } from "@/lib/ui/url-state";

describe("page URLs", () => {
  it("opens the explorer bare, on a node, on a path, or on a question", () => {
    expect(explorerUrl()).toBe("/");
    expect(explorerUrl({ node: "gpt-4" })).toBe("/?node=gpt-4");
    expect(explorerUrl({ path: { from: "large-language-model", to: "generative-ai" } })).toBe("/?from=large-language-model&to=generative-ai");
    expect(explorerUrl({ ask: "Is GPT-4 an LLM?" })).toBe("/?ask=Is+GPT-4+an+LLM%3F");
  });

  it("writes explorer URLs that the explorer reads back as the same view and question", () => {
    const url = explorerUrl({ node: "gpt-4", path: { from: "claude", to: "transformer" }, ask: "What is a transformer?" });
    const search = url.slice(1);
    const view = parseView(search);
    expect(view.selection).toEqual({ kind: "node", id: "gpt-4" });
    expect(view.path).toMatchObject({ from: "claude", to: "transformer", directed: false, mode: "shortest" });
    expect(parseAsk(search)).toBe("What is a transformer?");
  });

  it("leaves out what is not chosen yet on compare and tasks", () => {
    expect(compareUrl("midjourney", "large-language-model")).toBe("/compare?a=midjourney&b=large-language-model");
    expect(compareUrl("gpt-4")).toBe("/compare?a=gpt-4");
    expect(compareUrl()).toBe("/compare");
    expect(tasksUrl("image-generation")).toBe("/tasks?task=image-generation");
    expect(tasksUrl()).toBe("/tasks");
  });

  it("encodes what it is given, whatever it is", () => {
    expect(compareUrl("a&b=c", "d e")).toBe("/compare?a=a%26b%3Dc&b=d+e");
    expect(new URL(tasksUrl("x?y#z"), "http://h").searchParams.get("task")).toBe("x?y#z");
  });
});
