import type { Core } from "cytoscape";
import type { GraphRelationship, GraphView, NodeRef } from "@/lib/graph/types";
import { pack } from "@/lib/layout/types";
import type { DiagramHandle } from "./diagram-handle";
import { VIEW_FILE_FORMAT, type ViewFile } from "./view-file";
import type { ViewState } from "./view-state";

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

/** Everything Import JSON needs to show this view again: what is shown, where it stands, and how it is filtered. */
export function viewFile(input: { graph: GraphView; version: string | null; shown: ReadonlySet<string>; view: ViewState; cy: Core }): ViewFile {
  const { nodes, relationships } = shownSubgraph(input.graph, input.shown);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of nodes) {
    const drawn = input.cy.getElementById(n.id);
    if (drawn.nonempty()) positions[n.id] = drawn.position();
  }
  return { format: VIEW_FILE_FORMAT, graphVersion: input.version, nodes, relationships, positions: pack(positions), view: input.view };
}

export function exportJson(file: ViewFile): void {
  downloadBlob(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }), "ai-concepts.json");
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
