import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from "cytoscape";
import type { Kind, RelType } from "@/lib/graph/schema";
import { EDGE_LABEL_ZOOM, type Theme } from "@/lib/graph/style";
import { renderGraphSvg, type SvgEdge, type SvgNode } from "@/lib/graph/svg-render";
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

type Drawn = "selected" | "path" | "faded" | undefined;
const stateOf = (ele: SingularElementArgument): Drawn =>
  ele.hasClass("selected")
    ? "selected"
    : ele.hasClass("path-node") || ele.hasClass("path-edge")
      ? "path"
      : ele.hasClass("faded") || ele.hasClass("dimmed") || ele.hasClass("secondary")
        ? "faded"
        : undefined;
/** Later in the file is on top, as on the canvas: the selection and the path over the rest. */
const rank = (state: Drawn) => (state === "path" ? 2 : state === "selected" ? 3 : state === "faded" ? 0 : 1);

/**
 * The diagram as drawn, as an SVG file: what is shown (hidden elements stay out, like the PNG), where it stands now,
 * with the same colours, shapes and names (lib/graph/svg-render.ts, the renderer of the page's first frame). Names the
 * canvas hides to avoid overlaps stay out; edge names are in where the canvas shows them at this zoom.
 */
export function svgOf(cy: Core, theme: Theme): string {
  const zoom = cy.zoom();
  const nodes: SvgNode[] = (cy.nodes().toArray() as NodeSingular[])
    .filter((n) => !n.hasClass("hidden"))
    .map((n) => ({
      id: n.id(),
      label: String(n.data("label") ?? ""),
      kind: n.data("kind") as Kind,
      degree: Number(n.data("degree") ?? 0),
      size: Number(n.data("size") ?? 20),
      ...n.position(),
      labelHidden: n.hasClass("label-hidden"),
      state: stateOf(n),
    }))
    .sort((a, b) => rank(a.state) - rank(b.state));
  const edges: SvgEdge[] = (cy.edges().toArray() as EdgeSingular[])
    .filter((e) => !e.hasClass("hidden"))
    .map((e) => {
      const state = stateOf(e);
      const named = !e.hasClass("label-hidden") && state !== "faded" && (state !== undefined || e.hasClass("labelled") || zoom >= EDGE_LABEL_ZOOM);
      return { id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data("type") as RelType, state, ...(named ? { label: String(e.data("label")) } : {}) };
    })
    .sort((a, b) => rank(a.state) - rank(b.state));
  const title = `AI concepts: ${nodes.length} concepts and ${edges.length} relationships`;
  return renderGraphSvg(nodes, edges, { theme, title });
}

export function exportSvg(diagram: DiagramHandle, theme: Theme): void {
  downloadBlob(new Blob([svgOf(diagram.cy, theme)], { type: "image/svg+xml" }), "ai-concepts.svg");
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
