import { describe, expect, it } from "vitest";
import { pathSentence } from "@/lib/graph/phrases";
import type { GraphPath } from "@/lib/graph/types";

const path: GraphPath = {
  nodes: [
    { id: "chatgpt", name: "ChatGPT", kind: "Product" },
    { id: "gpt-4", name: "GPT-4", kind: "Model" },
    { id: "large-language-model", name: "Large Language Model", kind: "Category" },
    { id: "bert", name: "BERT", kind: "Model" },
  ],
  relationships: [
    { id: "chatgpt--BUILT_ON--gpt-4", type: "BUILT_ON", source: "chatgpt", target: "gpt-4" },
    { id: "gpt-4--IS_A--large-language-model", type: "IS_A", source: "gpt-4", target: "large-language-model" },
    { id: "bert--IS_A--large-language-model", type: "IS_A", source: "bert", target: "large-language-model" },
  ],
};

describe("path sentences", () => {
  it("reads each hop in its walking direction", () => {
    expect(pathSentence(path)).toBe("ChatGPT is built on GPT-4, which is a Large Language Model, which includes BERT");
  });

  it("says 'an' before a vowel", () => {
    const midjourney: GraphPath = {
      nodes: [
        { id: "midjourney", name: "Midjourney", kind: "Product" },
        { id: "image-generator", name: "Image Generator", kind: "Category" },
      ],
      relationships: [{ id: "midjourney--IS_A--image-generator", type: "IS_A", source: "midjourney", target: "image-generator" }],
    };
    expect(pathSentence(midjourney)).toBe("Midjourney is an Image Generator");
  });

  it("reads a single-node path as its name", () => {
    expect(pathSentence({ nodes: [path.nodes[0]], relationships: [] })).toBe("ChatGPT");
  });
});
