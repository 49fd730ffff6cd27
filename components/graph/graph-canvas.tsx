"use client";

// Loaded only in the browser (next/dynamic, ssr: false): Cytoscape touches `window` as soon as it is imported.
import type { Core, ElementDefinition, EventObject, NodeSingular, StylesheetJson } from "cytoscape";
import { useCallback, useEffect, useMemo, type KeyboardEvent } from "react";
import type { Theme } from "@/lib/graph/style";
import type { PathHighlight } from "@/lib/ui/apply-view";
import { chooseRenderer, probeGpu, type RendererChoice } from "@/lib/ui/renderer";
import { declutterLabels } from "@/lib/ui/declutter-labels";
import { neighbourTowards, type Direction } from "@/lib/ui/neighbour-step";
import type { Selection, ViewState } from "@/lib/ui/view-state";
import { useLatest } from "../use-latest";
import { useCanvasSync, type CentreRequest, type ServerPositions } from "./use-canvas-sync";
import { ZOOM_STEP, type DiagramHandle } from "@/lib/ui/diagram-handle";
import { useCytoscape } from "./use-cytoscape";
import { useDrawElements } from "./use-draw-elements";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  style: (theme: Theme) => StylesheetJson;
  view: ViewState;
  highlight: PathHighlight | null;
  centre: CentreRequest | null;
  /** The server's positions of these nodes (with the reader's own drags over them); null while it computes them. */
  server: ServerPositions;
  /** Bumped by "Reset layout". */
  resetSeq: number;
  big: boolean;
  exposeCy: boolean;
  description: string;
  onSelect: (selection: Selection) => void;
  onToggleExpand: (id: string) => void;
  onMoved: (id: string, position: { x: number; y: number }) => void;
  onReady: (handle: DiagramHandle | null) => void;
  onShown: (ids: Set<string>) => void;
  /** Called once the first arrangement is in place (the server's first frame can then go). */
  onArranged?: () => void;
}

const PAN_STEP = 60;

/**
 * The node an arrow key selects: the selected node's neighbour lying that way, or with nothing selected the shown node
 * nearest the middle of the view. The diagram pans to keep it in sight.
 */
function stepSelection(cy: Core, selection: Selection, key: Direction): string | null {
  const shown = (n: NodeSingular) => !n.hasClass("hidden");
  const current = selection?.kind === "node" ? (cy.getElementById(selection.id) as unknown as NodeSingular) : null;
  let next: NodeSingular | null = null;
  if (current?.nonempty()) {
    const neighbours = current.neighborhood().nodes().filter(shown);
    const id = neighbourTowards(
      { id: current.id(), ...current.renderedPosition() },
      neighbours.map((n) => ({ id: n.id(), ...(n as NodeSingular).renderedPosition() })),
      key,
    );
    next = id ? (cy.getElementById(id) as unknown as NodeSingular) : null;
  } else {
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    const distance = (n: NodeSingular) => Math.hypot(n.renderedPosition().x - middle.x, n.renderedPosition().y - middle.y);
    next = cy.nodes().filter(shown).min(distance).ele ?? null;
  }
  if (!next) return null;
  const { x, y } = next.renderedPosition();
  if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) cy.center(next);
  return next.id();
}

/** Decided once per page: the probe is cheap, but a renderer cannot change under a live core. */
let renderer: RendererChoice | null = null;
const rendererChoice = () => (renderer ??= chooseRenderer(probeGpu()));

export default function GraphCanvas(props: GraphCanvasProps) {
  const { elements, style, view, highlight, centre, server, resetSeq, big, exposeCy, description } = props;
  // Handlers are registered once per Core and read the latest props through this ref.
  const latest = useLatest(props);
  const choice = rendererChoice();

  // The selection is the view's (a class set by applyView), not Cytoscape's: Cytoscape selecting on tap would redraw
  // the canvas in the very frame that should show the details panel first (use-canvas-sync.ts).
  const options = useMemo(
    () => ({ minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true, textureOnViewport: big, hideEdgesOnViewport: big, webgl: choice === "webgl" }),
    [big, choice],
  );
  const onCreate = useCallback(
    (created: DiagramHandle) => {
      const { cy } = created;
      cy.on("tap", "node, edge", (event: EventObject) => {
        const target = event.target;
        latest.current.onSelect({ kind: target.isNode() ? "node" : "edge", id: target.id() });
      });
      cy.on("tap", (event: EventObject) => {
        if (event.target === cy) latest.current.onSelect(null);
      });
      cy.on("dbltap", "node", (event: EventObject) => latest.current.onToggleExpand(event.target.id()));
      cy.on("dragfree", "node", (event: EventObject) => {
        latest.current.onMoved(event.target.id(), { ...event.target.position() });
        declutterLabels(cy);
      });
      latest.current.onReady(created);
      return () => latest.current.onReady(null);
    },
    [latest],
  );
  const { ref, handle } = useCytoscape({ style, options, onCreate });
  const cy = handle?.cy ?? null;

  // Exposed (and timed) once the first elements are in, so that the first frame seen is the diagram's, not an empty one.
  const onFirstDraw = useCallback(
    (instance: Core) => {
      instance.one("render", () => performance.mark("graph-first-render"));
      const debug = new URLSearchParams(window.location.search).get("debug") === "1";
      if (exposeCy && debug) (window as unknown as { cy?: Core }).cy = instance;
    },
    [exposeCy],
  );
  const { drawn, progress } = useDrawElements(cy, elements, server?.[view.layout] ?? null, onFirstDraw);
  const { ready, moving } = useCanvasSync(cy, { drawn, view, highlight, centre, server, resetSeq }, props.onShown);
  useEffect(() => {
    if (ready) return latest.current.onArranged?.();
  }, [ready, latest]);

  // Arrow keys walk the graph (the details panel follows the selection), Shift+arrows pan, +/- zoom, F fits.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!handle || event.ctrlKey || event.metaKey || event.altKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    if (pans[event.key] && event.shiftKey) handle.cy.panBy({ x: pans[event.key][0], y: pans[event.key][1] });
    else if (pans[event.key]) {
      const next = stepSelection(handle.cy, view.selection, event.key as Direction);
      if (next) latest.current.onSelect({ kind: "node", id: next });
    }
    else if (event.key === "+" || event.key === "=") handle.zoomBy(ZOOM_STEP);
    else if (event.key === "-") handle.zoomBy(1 / ZOOM_STEP);
    else if (event.key === "0" || event.key === "f") handle.fit();
    else if (event.key === "Escape") latest.current.onSelect(null);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="absolute inset-0 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-500"
      id="diagram"
      role="application"
      aria-roledescription="graph diagram"
      aria-label="Concept graph"
      aria-describedby="graph-description"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-graph-ready={ready ? "true" : "false"}
      data-graph-moving={moving ? "true" : "false"}
      data-renderer={choice}
    >
      <p id="graph-description" className="sr-only">
        {description}
      </p>
      <div ref={ref} className="h-full w-full" />
      {progress && (
        <p role="status" className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full bg-white/95 px-3 py-1 text-xs shadow-sm dark:bg-slate-900/95">
          Drawing {progress.nodes.toLocaleString("en")} of {progress.totalNodes.toLocaleString("en")}…
        </p>
      )}
    </div>
  );
}
