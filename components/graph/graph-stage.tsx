"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { graphStyle, type Theme } from "@/lib/graph/style";
import { toElements } from "@/lib/graph/to-elements";
import { unpack, type PackedPositions, type PositionedGraphView } from "@/lib/layout/types";
import type { ApiError } from "@/lib/ui/api-client";
import type { SavedPositions } from "@/lib/ui/saved-positions";
import { afterPaint } from "@/lib/ui/after-paint";
import { BIG_GRAPH_ELEMENTS } from "@/lib/ui/scale";
import type { GraphStatus } from "../explorer/use-graph-data";
import { FitIcon, MinusIcon, PlusIcon } from "../ui/icons";
import type { GraphCanvasProps } from "./graph-canvas";
import { ZOOM_STEP, type DiagramHandle } from "@/lib/ui/diagram-handle";

function CanvasMessage({ children, busy }: { children: ReactNode; busy?: boolean }) {
  return (
    <div className="absolute inset-0 flex items-center justify-center p-6" aria-busy={busy}>
      <div className="max-w-sm space-y-3 text-center text-sm text-slate-600 dark:text-slate-300">
        {busy && <div className="mx-auto size-8 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600" aria-hidden="true" />}
        {children}
      </div>
    </div>
  );
}

const loadCanvas = () => import("./graph-canvas");
const GraphCanvas = dynamic(loadCanvas, {
  ssr: false,
  loading: () => <CanvasMessage busy>Loading the diagram…</CanvasMessage>,
});

type PassedOn = Omit<GraphCanvasProps, "elements" | "style" | "big" | "description" | "onShown" | "server" | "onArranged">;

interface Props extends PassedOn {
  status: GraphStatus;
  graph: PositionedGraphView | null;
  /** The reader's drags of this graph version, over the server's positions. */
  saved: SavedPositions;
  error: ApiError | null;
  handle: DiagramHandle | null;
  onRetry: () => void;
  onShowAll: () => void;
  onExitFocus: () => void;
  onShown: (ids: Set<string>) => void;
  /** What the server drew of this view (the start map), shown until the canvas has drawn the same; null: none. */
  firstFrame: ReactNode;
  /** A name clicked on the server's drawing before the canvas took over. */
  onFirstFrameSelect: (id: string) => void;
}

const controlClass =
  "flex size-8 items-center justify-center text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-slate-300 dark:hover:bg-slate-800";

/** The canvas with its states (loading, error, empty, all filtered out), the focus chip and the zoom controls. */
const over = (server: PackedPositions, own: PackedPositions) => unpack({ ...server, ...own });

export function GraphStage({ status, graph, saved, error, handle, onRetry, onShowAll, onExitFocus, onShown, firstFrame, onFirstFrameSelect, ...canvas }: Props) {
  const elements = useMemo(() => (graph ? toElements(graph) : []), [graph]);
  const layout = graph?.layout ?? null;
  const server = useMemo(
    () =>
      layout
        ? {
            force: over(layout.force, saved.force),
            hierarchy: over(layout.hierarchy, saved.hierarchy),
            ...(layout.start ? { start: over(layout.start, saved.start ?? {}) } : {}),
          }
        : null,
    [layout, saved],
  );
  const big = elements.length > BIG_GRAPH_ELEMENTS;
  const style = useCallback((theme: Theme) => graphStyle(theme, { large: big }), [big]);
  const [shownNodes, setShownNodes] = useState<number | null>(null);
  // Fetch Cytoscape's code while the graph data is still on its way, not after it.
  useEffect(() => {
    void loadCanvas();
  }, []);
  const nodeIds = useMemo(() => new Set(graph?.nodes.map((n) => n.id)), [graph]);
  // The server's drawing stays on top until the canvas has painted the same arrangement under it, then goes for good.
  const [canvasUp, setCanvasUp] = useState(false);
  const onArranged = useCallback(() => afterPaint(() => setCanvasUp(true)), []);
  const frame =
    firstFrame && !canvasUp && status !== "error" ? (
      <div
        className="absolute inset-0 z-10"
        // A click on a name before the canvas is up selects that concept (the canvas shows it once it is there) instead
        // of leaving the page; the link itself serves readers without JavaScript.
        onClickCapture={(event) => {
          const link = (event.target as Element).closest?.("a[data-node-id]");
          if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onFirstFrameSelect(link.getAttribute("data-node-id")!);
        }}
      >
        {firstFrame}
      </div>
    ) : null;

  const description = graph
    ? `A diagram of ${graph.nodes.length} AI concepts and ${graph.relationships.length} relationships. ` +
      "Arrow keys move the selection to a neighbour in that direction, Shift with an arrow pans, plus and minus zoom, F fits. The Details panel lists the selected concept's relationships as text, " +
      "and the search box and path finder reach every concept without the diagram."
    : "";

  const handleShown = (ids: Set<string>) => {
    let count = 0;
    for (const id of ids) if (nodeIds.has(id)) count += 1;
    setShownNodes(count);
    onShown(ids);
  };

  if (!graph) {
    if (status === "error") {
      return (
        <CanvasMessage>
          <p className="font-medium text-rose-600 dark:text-rose-400">The graph could not be loaded.</p>
          <p>{error?.message}</p>
          <button type="button" onClick={onRetry} className="rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700">
            Try again
          </button>
        </CanvasMessage>
      );
    }
    // The server's drawing stays readable through an outage; a line on it says the diagram is not live yet.
    if (frame && status === "unavailable") {
      return (
        <>
          {frame}
          <p role="status" className="absolute bottom-2 left-2 z-20 rounded bg-white/90 px-2 py-1 text-sm text-slate-700 shadow dark:bg-slate-900/90 dark:text-slate-200">
            Waiting for the graph database…
          </p>
        </>
      );
    }
    if (frame) return frame;
    if (status === "unavailable") return <CanvasMessage busy>Waiting for the graph database…</CanvasMessage>;
    return <CanvasMessage busy>Loading the graph…</CanvasMessage>;
  }
  if (graph.nodes.length === 0) {
    return (
      <CanvasMessage>
        <p className="font-medium">The graph is empty.</p>
        <p>Add concepts to the seed (graph-seed/) and load it, then reload this page.</p>
      </CanvasMessage>
    );
  }

  return (
    <>
      <GraphCanvas
        {...canvas}
        server={server}
        elements={elements}
        style={style}
        big={big}
        description={description}
        onShown={handleShown}
        onArranged={frame ? onArranged : undefined}
      />
      {frame}
      {shownNodes === 0 && (
        <CanvasMessage>
          <p className="font-medium">Every concept is filtered out.</p>
          <button type="button" onClick={onShowAll} className="rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700">
            Show all
          </button>
        </CanvasMessage>
      )}
      {canvas.view.focus.length > 0 && (
        <div className="absolute bottom-3 left-3 flex items-center gap-2 rounded-full border border-blue-200 bg-white/95 py-1 pl-3 pr-1 text-xs shadow-sm dark:border-blue-900 dark:bg-slate-900/95">
          <span>
            Focused view · {shownNodes ?? 0} concept{shownNodes === 1 ? "" : "s"}
          </span>
          <button type="button" onClick={onExitFocus} className="rounded-full bg-blue-600 px-2.5 py-0.5 font-medium text-white hover:bg-blue-700">
            Show whole graph
          </button>
        </div>
      )}
      <div className="absolute bottom-3 right-3 flex flex-col overflow-hidden rounded-md border border-slate-200 bg-white/95 shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
        <button type="button" className={controlClass} aria-label="Zoom in" title="Zoom in (+)" onClick={() => handle?.zoomBy(ZOOM_STEP)}>
          <PlusIcon />
        </button>
        <button type="button" className={controlClass} aria-label="Zoom out" title="Zoom out (−)" onClick={() => handle?.zoomBy(1 / ZOOM_STEP)}>
          <MinusIcon />
        </button>
        <button
          type="button"
          className={controlClass}
          aria-label="Fit to screen"
          title="Fit to screen (F)"
          onClick={() => handle?.fit()}
        >
          <FitIcon />
        </button>
      </div>
    </>
  );
}
