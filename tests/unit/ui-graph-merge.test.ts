import { describe, expect, it } from "vitest";
import type { GraphRelationship, GraphView, NodeDetails } from "@/lib/graph/types";
import { shownSubgraph } from "@/lib/ui/export-view";
import { detailsAsGraph, mergeIntoGraph, pathsAsGraph } from "@/lib/ui/graph-merge";

const llm = { id: "large-language-model", name: "Large Language Model", kind: "Category" } as const;
const genai = { id: "generative-ai", name: "Generative AI", kind: "Category" } as const;
const gpt4 = { id: "gpt-4", name: "GPT-4", kind: "Model" } as const;
const isa: GraphRelationship = { id: "large-language-model--IS_A--generative-ai", type: "IS_A", source: llm.id, target: genai.id, sources: [] };
const overview: GraphView = { nodes: [llm, genai], relationships: [isa], truncated: true, totalNodes: 3 };

describe("growing an overview", () => {
  it("returns the same object when nothing is new", () => {
    expect(mergeIntoGraph(overview, [llm], [isa])).toBe(overview);
  });

  it("adds a node's neighbourhood from its details, with the stored direction", () => {
    const details: NodeDetails = {
      node: { ...llm, aliases: [], summary: "" },
      relationships: [
        { id: "gpt-4--IS_A--large-language-model", type: "IS_A", direction: "in", node: gpt4, sources: [{ id: "a", title: "A" }] },
        { ...isa, direction: "out", node: genai },
      ],
    };
    const { nodes, relationships } = detailsAsGraph(details);
    const merged = mergeIntoGraph(overview, nodes, relationships);
    expect(merged.nodes.map((n) => n.id)).toEqual([llm.id, genai.id, gpt4.id]);
    expect(merged.relationships.find((r) => r.id.startsWith("gpt-4"))).toMatchObject({ source: "gpt-4", target: llm.id });
    expect(merged.relationships).toHaveLength(2);
  });

  it("adds path nodes and edges", () => {
    const path = { nodes: [gpt4, llm], relationships: [{ id: "gpt-4--IS_A--large-language-model", type: "IS_A" as const, source: gpt4.id, target: llm.id }] };
    const { nodes, relationships } = pathsAsGraph([path, path]);
    expect(mergeIntoGraph(overview, nodes, relationships).relationships).toHaveLength(2);
  });

  it("exports only what is shown", () => {
    expect(shownSubgraph(overview, new Set([llm.id]))).toEqual({ nodes: [llm], relationships: [] });
  });
});
