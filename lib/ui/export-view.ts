import type { Core } from "cytoscape";
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

/** The whole diagram as drawn (hidden elements stay out), at twice the screen resolution. */
export function exportPng(cy: Core, background: string): void {
  downloadBlob(cy.png({ full: true, bg: background, scale: 2, maxWidth: 8000, maxHeight: 8000, output: "blob" }), "ai-concepts.png");
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
