import nodePath from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { readablePaths } from "@/lib/graph/path-rank";
import { pathSentence } from "@/lib/graph/phrases";
import { loadSeed } from "@/lib/graph/seed/load-seed";
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

describe("a path through a relationship that holds for some members", () => {
  const store = new MemoryStore(loadSeed(nodePath.join(__dirname, "../../graph-seed")));

  it("reads Midjourney → Transformer as a claim about some generative AI, not about Midjourney", async () => {
    const [first] = await readablePaths(store, { from: "midjourney", to: "transformer", directed: false, maxHops: 6, mode: "shortest", limit: 1 });
    expect(pathSentence(first)).toBe("Midjourney is an Image Generator, which is a Generative AI; some Generative AI uses the architecture Transformer");
  });

  it("says 'some' for every such relationship of the seed, walked either way", async () => {
    const { relationships } = await store.graph({ limit: 5000 });
    const some = relationships.filter((r) => r.scope === "some");
    expect(some.length).toBeGreaterThan(50);
    for (const rel of some) {
      const [paths] = await Promise.all([store.paths({ from: rel.source, to: rel.target, directed: true, maxHops: 1, mode: "all", limit: 5 })]);
      const own = paths.find((p) => p.relationships[0].id === rel.id)!;
      expect(own.relationships[0].some, rel.id).toBe(true);
      const [source, target] = own.nodes;
      expect(pathSentence(own), rel.id).toMatch(new RegExp(`^Some ${escape(source.name)} `));
      const back = { nodes: [target, source], relationships: own.relationships };
      expect(pathSentence(back), rel.id).toMatch(new RegExp(` some ${escape(source.name)}$`));
    }
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
