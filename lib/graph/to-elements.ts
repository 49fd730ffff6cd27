import type { ElementDefinition } from "cytoscape";
import { relPhrase } from "@/lib/graph/phrases";
import type { Kind, RelType } from "./schema";
import type { GraphRelationship, NodeRef } from "./types";

/** Flat, primitive element data: the diagram diffs elements by `data.id` and compares data shallowly (lib/ui/draw-plan.ts). */
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

/** What a diagram draws: any view's nodes and relationships (a GraphView, a comparison's path and categories, …). */
export interface GraphElements {
  nodes: readonly NodeRef[];
  relationships: readonly Pick<GraphRelationship, "id" | "type" | "source" | "target">[];
}

/** Hubs grow with the log of their degree so that they stand out without swallowing their neighbours. */
export function nodeSize(degree: number): number {
  return Math.min(70, Math.round(20 + 7 * Math.log2(1 + degree)));
}

/**
 * Nodes first, then edges. A relationship whose end is not in the view is left out (Cytoscape refuses dangling edges),
 * and so is any repeated id. `classes` gives some elements (by id) classes for the diagram's own style rules.
 */
export function toElements(view: GraphElements, classes?: ReadonlyMap<string, string>): ElementDefinition[] {
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
    edges.push(withClasses({ group: "edges", data }, classes));
  }
  const seen = new Set<string>();
  const nodes: ElementDefinition[] = [];
  for (const n of view.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const d = degree.get(n.id) ?? 0;
    const data: NodeData = { id: n.id, label: n.name, kind: n.kind, degree: d, size: nodeSize(d) };
    nodes.push(withClasses({ group: "nodes", data }, classes));
  }
  return [...nodes, ...edges];
}

function withClasses(element: ElementDefinition, classes?: ReadonlyMap<string, string>): ElementDefinition {
  const names = classes?.get(String(element.data.id));
  return names ? { ...element, classes: names } : element;
}
