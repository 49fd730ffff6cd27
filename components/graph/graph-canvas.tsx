"use client";

// Loaded only in the browser (next/dynamic, ssr: false): Cytoscape touches `window` as soon as it is imported.
import type { Core, ElementDefinition, EventObject, StylesheetJson } from "cytoscape";
import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { PathHighlight } from "@/lib/ui/apply-view";
import type { Selection, ViewState } from "@/lib/ui/view-state";
import { fitViewport, moveViewport } from "@/lib/ui/viewport";
import { useLatest } from "../use-latest";
import { useCanvasSync, type CentreRequest, type ServerPositions } from "./use-canvas-sync";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  view: ViewState;
  highlight: PathHighlight | null;
  centre: CentreRequest | null;
  /** The server's positions of these nodes, drawn at once; null while it computes them. */
  server: ServerPositions;
  big: boolean;
  exposeCy: boolean;
  description: string;
  onSelect: (selection: Selection) => void;
  onToggleExpand: (id: string) => void;
  onReady: (cy: Core) => void;
  onShown: (ids: Set<string>) => void;
}

const PAN_STEP = 60;

export default function GraphCanvas(props: GraphCanvasProps) {
  const { elements, stylesheet, view, highlight, centre, server, big, exposeCy, description } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const current = useRef<Core | null>(null);
  // Handlers are registered once per Core and read the latest props through this ref.
  const latest = useLatest(props);

  // react-cytoscapejs calls this after every render; only a new Core gets handlers (else taps would fire repeatedly).
  const attach = useCallback(
    (instance: Core) => {
      if (current.current === instance) return;
      current.current = instance;
      instance.on("tap", "node, edge", (event: EventObject) => {
        const target = event.target;
        latest.current.onSelect({ kind: target.isNode() ? "node" : "edge", id: target.id() });
      });
      instance.on("tap", (event: EventObject) => {
        if (event.target === instance) latest.current.onSelect(null);
      });
      instance.on("dbltap", "node", (event: EventObject) => latest.current.onToggleExpand(event.target.id()));
      instance.one("render", () => performance.mark("graph-first-render"));
      const debug = new URLSearchParams(window.location.search).get("debug") === "1";
      if (exposeCy && debug) (window as unknown as { cy?: Core }).cy = instance;
      latest.current.onReady(instance);
      setCy(instance);
    },
    [exposeCy, latest],
  );

  const { ready, moving } = useCanvasSync(cy, { elements, view, highlight, centre, server }, props.onShown);

  // Keyboard pan and zoom for the focused canvas; everything else is reachable through the panels.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy || event.ctrlKey || event.metaKey || event.altKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const centreOfView = { x: cy.width() / 2, y: cy.height() / 2 };
    if (pans[event.key]) cy.panBy({ x: pans[event.key][0], y: pans[event.key][1] });
    else if (event.key === "+" || event.key === "=") cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centreOfView });
    else if (event.key === "-") cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centreOfView });
    else if (event.key === "0" || event.key === "f") void moveViewport(cy, fitViewport(cy), true);
    else if (event.key === "Escape") latest.current.onSelect(null);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="absolute inset-0 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-500"
      role="application"
      aria-roledescription="graph diagram"
      aria-label="Concept graph"
      aria-describedby="graph-description"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-graph-ready={ready ? "true" : "false"}
      data-graph-moving={moving ? "true" : "false"}
    >
      <p id="graph-description" className="sr-only">
        {description}
      </p>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        cy={attach}
        style={{ width: "100%", height: "100%" }}
        minZoom={0.05}
        maxZoom={4}
        boxSelectionEnabled={false}
        textureOnViewport={big}
        hideEdgesOnViewport={big}
      />
    </div>
  );
}
