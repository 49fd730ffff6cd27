import { MultiDirectedGraph } from "graphology";
import { annotations, type Annotations, sourceRef, type SourceInfo } from "../annotations";
import type { RelType } from "../schema";
import { relationshipId } from "../schema";
import type { Seed, SeedNode } from "../seed/seed-types";
import type { SourceRef } from "../types";

export type NodeAttrs = SeedNode;

export interface EdgeAttrs extends Annotations {
  type: RelType;
  sources: SourceRef[];
}

export type ConceptGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export function buildGraph(seed: Seed): ConceptGraph {
  const info = new Map<string, SourceInfo>(seed.sources.map((s) => [s.id, { title: s.title, ...(s.published ? { published: s.published } : {}) }]));
  const graph: ConceptGraph = new MultiDirectedGraph();
  for (const node of seed.nodes) graph.addNode(node.id, { ...node });
  for (const rel of seed.relationships) {
    graph.addDirectedEdgeWithKey(relationshipId(rel.from, rel.type, rel.to), rel.from, rel.to, {
      type: rel.type,
      sources: rel.sources.map((s) => sourceRef(s.id, s.section, info)),
      ...annotations({ ...rel, disputedBy: rel.disputedBy?.map((d) => ({ source: sourceRef(d.id, d.section, info), note: d.note })) }),
    });
  }
  return graph;
}
