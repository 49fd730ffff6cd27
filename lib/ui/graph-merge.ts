import type { GraphPath, GraphRelationship, GraphView, NodeDetails, NodeRef } from "@/lib/graph/types";

/**
 * Adds nodes and relationships that the loaded view lacks. It matters only when the page opened on an overview of a
 * big graph: a path, a searched node or an expansion can then reach past it. Returns `base` itself when nothing is
 * new, so memoised elements stay untouched.
 */
export function mergeIntoGraph<G extends GraphView>(base: G, nodes: NodeRef[], relationships: GraphRelationship[]): G {
  const nodeIds = new Set(base.nodes.map((n) => n.id));
  const relIds = new Set(base.relationships.map((r) => r.id));
  const newNodes = uniqueBy(nodes.filter((n) => !nodeIds.has(n.id)));
  const newRels = uniqueBy(relationships.filter((r) => !relIds.has(r.id)));
  if (newNodes.length === 0 && newRels.length === 0) return base;
  return { ...base, nodes: [...base.nodes, ...newNodes], relationships: [...base.relationships, ...newRels] };
}

function uniqueBy<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

export function detailsAsGraph(details: NodeDetails): { nodes: NodeRef[]; relationships: GraphRelationship[] } {
  const { id, name, kind } = details.node;
  return {
    nodes: [{ id, name, kind }, ...details.relationships.map((r) => r.node)],
    relationships: details.relationships.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.direction === "out" ? id : r.node.id,
      target: r.direction === "out" ? r.node.id : id,
      sources: r.sources,
      ...(r.note ? { note: r.note } : {}),
    })),
  };
}

export function pathsAsGraph(paths: GraphPath[]): { nodes: NodeRef[]; relationships: GraphRelationship[] } {
  return {
    nodes: paths.flatMap((p) => p.nodes),
    relationships: paths.flatMap((p) => p.relationships.map((r) => ({ ...r, sources: [] }))),
  };
}
