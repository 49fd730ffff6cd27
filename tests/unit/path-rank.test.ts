import { describe, expect, it } from "vitest";
import type { GraphPath, NodeRef } from "@/lib/graph/types";
import type { RelType } from "@/lib/graph/schema";
import { rankPaths } from "@/lib/graph/path-rank";

const node = (id: string): NodeRef => ({ id, name: id, kind: id === "text" ? "Modality" : "Category" });
/** A path from hops written as [from, type, to], each stored in the direction given. */
function path(start: string, ...hops: [string, RelType, string][]): GraphPath {
  const nodes = [node(start)];
  for (const [from, , to] of hops) nodes.push(node(nodes.at(-1)!.id === from ? to : from));
  return { nodes, relationships: hops.map(([from, type, to]) => ({ id: `${from}--${type}--${to}`, type, source: from, target: to })) };
}

describe("path ranking", () => {
  it("puts shorter, forward, taxonomy paths first and keeps the API order otherwise", () => {
    const viaTask = path("gpt-4", ["gpt-4", "SUITED_FOR", "chat"], ["genai", "SUITED_FOR", "chat"]);
    const backwards = path("gpt-4", ["gpt-4", "IS_A", "llm"], ["genai", "IS_A", "llm"]);
    const taxonomy = path("gpt-4", ["gpt-4", "IS_A", "llm"], ["llm", "IS_A", "genai"]);
    const forwardOther = path("gpt-4", ["gpt-4", "USES_ARCHITECTURE", "ar"], ["ar", "IS_A", "genai"]);
    const direct = path("gpt-4", ["gpt-4", "APPLIED_IN", "genai"]);
    expect(rankPaths([viaTask, backwards, forwardOther, taxonomy, direct])).toEqual([direct, taxonomy, forwardOther, backwards, viaTask]);
  });

  it("puts a path through a modality hub after longer paths along strong links", () => {
    const viaText = path("midjourney", ["midjourney", "ACCEPTS", "text"], ["transformer", "ACCEPTS", "text"]);
    const strong = path("midjourney", ["midjourney", "IS_A", "image-generator"], ["image-generator", "USES_ARCHITECTURE", "diffusion"], ["diffusion", "IS_A", "network"], ["transformer", "IS_A", "network"]);
    expect(rankPaths([viaText, strong])).toEqual([strong, viaText]);
  });
});
