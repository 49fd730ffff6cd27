import { describe, expect, it } from "vitest";
import { nodeSize, toElements } from "@/lib/graph/to-elements";
import type { GraphRelationship } from "@/lib/graph/types";
import { headlessCy, seedGraph } from "./ui-support";

describe("DTO → Cytoscape elements", () => {
  it("maps every node and relationship with flat, primitive data", async () => {
    const graph = await seedGraph();
    const elements = toElements(graph);
    expect(elements.filter((e) => e.group === "nodes")).toHaveLength(graph.nodes.length);
    expect(elements.filter((e) => e.group === "edges")).toHaveLength(graph.relationships.length);
    for (const e of elements) {
      for (const value of Object.values(e.data)) expect(["string", "number"]).toContain(typeof value);
    }
    expect(elements.find((e) => e.data.id === "large-language-model--IS_A--generative-ai")?.data).toEqual({
      id: "large-language-model--IS_A--generative-ai",
      source: "large-language-model",
      target: "generative-ai",
      type: "IS_A",
      label: "is a",
    });
  });

  it("loads into Cytoscape with each node's degree", async () => {
    const graph = await seedGraph();
    const cy = headlessCy(graph);
    expect(cy.nodes()).toHaveLength(graph.nodes.length);
    const gpt4 = cy.$id("gpt-4");
    expect(gpt4.data("degree")).toBe(gpt4.degree(false));
    expect(gpt4.data("size")).toBe(nodeSize(gpt4.degree(false)));
  });

  it("leaves out dangling and repeated relationships", () => {
    const a = { id: "a", name: "A", kind: "Model" } as const;
    const rel: GraphRelationship = { id: "a--IS_A--b", type: "IS_A", source: "a", target: "b", sources: [] };
    expect(toElements({ nodes: [a, a], relationships: [rel] })).toHaveLength(1);
  });

  it("grows nodes with their degree, within bounds", () => {
    expect(nodeSize(0)).toBe(20);
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(2));
    expect(nodeSize(10_000)).toBe(70);
  });
});
