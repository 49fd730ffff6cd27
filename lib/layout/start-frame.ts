import "server-only";
import { startMapIn } from "@/lib/graph/start-map";
import { renderGraphSvg, type SvgEdge, type SvgNode } from "@/lib/graph/svg-render";
import { toElements, type EdgeData, type NodeData } from "@/lib/graph/to-elements";
import type { GraphStore, GraphView } from "@/lib/graph/types";
import { legendCounts, type LegendCounts } from "@/lib/ui/legend-counts";
import { LOAD_WHOLE_UP_TO, OVERVIEW_LIMIT, wholeGraphLimit } from "@/lib/ui/scale";
import { startMapHref } from "@/lib/ui/url-state";
import { layoutFor } from "./server-layout";
import type { PackedPositions } from "./types";

/** How long the page waits for positions still being computed; past it the page is sent without its first frame. */
const LAYOUT_WAIT_MS = 1500;

/** The start map drawn on the server, for the page's first paint and for readers without JavaScript. */
export interface StartFrame {
  /** Inline SVG markup (lib/graph/svg-render.ts), coloured by CSS variables so it follows either theme. */
  svg: string;
  /** The graph version the positions belong to (the reader's drags are kept per version). */
  version: string;
  /** The box of the node centres, which the canvas fits to the viewport (lib/ui/viewport.ts). */
  box: { w: number; h: number };
  shown: number;
  total: number;
  /** The legend's counts for the graph the explorer loads first. */
  counts: LegendCounts;
}

/** The graph the explorer's first request gets (lib/ui/queries.ts graphOverview), so that sizes and counts agree. */
async function firstGraph(store: GraphStore): Promise<GraphView> {
  const first = await store.graph({ limit: OVERVIEW_LIMIT });
  if (!first.truncated || first.totalNodes > LOAD_WHOLE_UP_TO) return first;
  return store.graph({ limit: wholeGraphLimit(first.totalNodes) });
}

/**
 * The start map at the server's positions, with the sizes the canvas gives its nodes (their degree in the whole loaded
 * graph, lib/graph/to-elements.ts). Null when the graph has no start map, positions are not ready in time, or the store
 * fails: the page then opens as it did before, with the canvas alone.
 */
export async function startFrame(store: GraphStore): Promise<StartFrame | null> {
  try {
    const layout = await layoutFor(store, LAYOUT_WAIT_MS);
    if (!layout?.start) return null;
    // Drawn once per laid-out graph: a page load then costs no store query beyond the layout's count check.
    const cached = globalForFrame.startFrame;
    if (cached?.version === layout.version) return cached.frame;
    const frame = draw(await firstGraph(store), layout.start, layout.version);
    globalForFrame.startFrame = { version: layout.version, frame };
    return frame;
  } catch (error) {
    console.warn("[start-frame] none:", error instanceof Error ? error.message : error);
    return null;
  }
}

const globalForFrame = globalThis as unknown as { startFrame?: { version: string; frame: StartFrame | null } };

/** The start map of `graph` at the server's positions; null when the graph has no start map. */
function draw(graph: GraphView, start: PackedPositions, version: string): StartFrame | null {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const map = startMapIn((id) => ids.has(id));
  if (!map) return null;
  const inMap = new Set(map);
  const nodes: SvgNode[] = [];
  const edges: SvgEdge[] = [];
  for (const e of toElements(graph)) {
    if (e.group === "nodes") {
      const d = e.data as NodeData;
      const p = start[d.id];
      if (inMap.has(d.id) && p) nodes.push({ id: d.id, label: d.label, kind: d.kind, degree: d.degree, size: d.size, x: p[0], y: p[1] });
    } else {
      const d = e.data as EdgeData;
      if (inMap.has(d.source) && inMap.has(d.target)) edges.push({ id: d.id, source: d.source, target: d.target, type: d.type });
    }
  }
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const title = `Start map: ${nodes.length} of ${graph.nodes.length} AI concepts, each a link to its details`;
  return {
    version,
    svg: renderGraphSvg(nodes, edges, { theme: "css", title, href: startMapHref, fit: "nodes" }),
    box: { w: Math.max(1, Math.max(...xs) - Math.min(...xs)), h: Math.max(1, Math.max(...ys) - Math.min(...ys)) },
    shown: nodes.length,
    total: graph.nodes.length,
    counts: legendCounts(graph),
  };
}
