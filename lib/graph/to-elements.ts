import type { ElementDefinition } from "cytoscape";
import { relPhrase } from "@/lib/graph/phrases";
import type { Kind, RelType } from "./schema";
import type { GraphView } from "./types";

/** Flat, primitive element data: react-cytoscapejs diffs elements by `data.id` and compares data shallowly. */
export interface NodeData {
  id: string;
  label: string;
  kind: Kind;
  degree: number;
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelType;
  label: string;
}

export type GraphElements = Pick<GraphView, "nodes" | "relationships">;

/** Hubs grow with the log of their degree so that they stand out without swallowing their neighbours. */
export function nodeSize(degree: number): number {
  return Math.min(70, Math.round(20 + 7 * Math.log2(1 + degree)));
}

/**
 * Nodes first, then edges. A relationship whose end is not in the view is left out (Cytoscape refuses dangling edges),
 * and so is any repeated id.
 */
export function toElements(view: GraphElements): ElementDefinition[] {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  const edgeIds = new Set<string>();
  const degree = new Map<string, number>();
  const edges: ElementDefinition[] = [];
  for (const r of view.relationships) {
    if (!nodeIds.has(r.source) || !nodeIds.has(r.target) || edgeIds.has(r.id)) continue;
    edgeIds.add(r.id);
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    const data: EdgeData = { id: r.id, source: r.source, target: r.target, type: r.type, label: relPhrase(r.type, "out") };
    edges.push({ group: "edges", data });
  }
  const seen = new Set<string>();
  const nodes: ElementDefinition[] = [];
  for (const n of view.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const d = degree.get(n.id) ?? 0;
    const data: NodeData = { id: n.id, label: n.name, kind: n.kind, degree: d, size: nodeSize(d) };
    nodes.push({ group: "nodes", data });
  }
  return [...nodes, ...edges];
}
