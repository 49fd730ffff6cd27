import type { Kind, RelType } from "@/lib/graph/schema";
import type { GraphView } from "@/lib/graph/types";

/** How many nodes of each kind and relationships of each type a graph holds: the legend's numbers. */
export interface LegendCounts {
  kinds: Partial<Record<Kind, number>>;
  types: Partial<Record<RelType, number>>;
}

export function legendCounts(graph: Pick<GraphView, "nodes" | "relationships">): LegendCounts {
  const counts: LegendCounts = { kinds: {}, types: {} };
  for (const n of graph.nodes) counts.kinds[n.kind] = (counts.kinds[n.kind] ?? 0) + 1;
  for (const r of graph.relationships) counts.types[r.type] = (counts.types[r.type] ?? 0) + 1;
  return counts;
}
