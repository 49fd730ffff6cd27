import { MultiDirectedGraph } from "graphology";
import type { RelType, Scope } from "../schema";
import { relationshipId } from "../schema";
import type { Seed, SeedNode } from "../seed/seed-types";
import type { SourceRef } from "../types";

export type NodeAttrs = SeedNode;

export interface EdgeAttrs {
  type: RelType;
  sources: SourceRef[];
  scope?: Scope;
  note?: string;
}

export type ConceptGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function buildGraph(seed: Seed): ConceptGraph {
  const titles = new Map(seed.sources.map((s) => [s.id, s.title]));
  const graph: ConceptGraph = new MultiDirectedGraph();
  for (const node of seed.nodes) graph.addNode(node.id, { ...node });
  for (const rel of seed.relationships) {
    graph.addDirectedEdgeWithKey(relationshipId(rel.from, rel.type, rel.to), rel.from, rel.to, {
      type: rel.type,
      sources: rel.sources.map((s) => ({ id: s.id, title: titles.get(s.id) ?? s.id, ...(s.section ? { section: s.section } : {}) })),
      ...(rel.scope ? { scope: rel.scope } : {}),
      ...(rel.note ? { note: rel.note } : {}),
    });
  }
  return graph;
}
