import type { DiagramHandle } from "@/lib/ui/diagram-handle";
import type { GraphRelationship, GraphView, NodeRef } from "@/lib/graph/types";

export interface ExportedView {
  nodes: NodeRef[];
  relationships: GraphRelationship[];
}

/** The nodes and relationships currently on screen, in the API's own shapes. */
export function shownSubgraph(graph: GraphView, shownIds: ReadonlySet<string>): ExportedView {
  return {
    nodes: graph.nodes.filter((n) => shownIds.has(n.id)),
    relationships: graph.relationships.filter((r) => shownIds.has(r.id)),
  };
}

export function exportPng(diagram: DiagramHandle, background: string): void {
  downloadBlob(diagram.png(background), "ai-concepts.png");
}

export function exportJson(view: ExportedView): void {
  downloadBlob(new Blob([JSON.stringify(view, null, 2)], { type: "application/json" }), "ai-concepts.json");
}

function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke later: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
