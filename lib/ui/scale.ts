import { MAX_GRAPH_LIMIT } from "@/lib/graph/limits";

/**
 * The page first asks for this many nodes; the API fills the limit with the best-connected ones. A graph that fits is
 * then shown whole, a bigger one starts as this overview and grows on demand (expand, search, paths, "Load all").
 */
export const OVERVIEW_LIMIT = 300;
/** Graphs up to this size are loaded whole right away; the force layout of 1,000 nodes took 10 s (docs/benchmarks.md). */
export const LOAD_WHOLE_UP_TO = 500;
/** From this many elements on, Cytoscape draws a cached bitmap while panning and zooming, and edges use cheaper curves. */
export const BIG_GRAPH_ELEMENTS = 3000;

export function wholeGraphLimit(totalNodes: number): number {
  return Math.min(MAX_GRAPH_LIMIT, Math.max(1, totalNodes));
}
