import type { Kind, RelType } from "@/lib/graph/schema";
import type { GraphView } from "@/lib/graph/types";

export type LayoutView = "force" | "hierarchy";

/**
 * The best-connected nodes laid out on the server. Past this, one ForceAtlas2 iteration alone holds the event loop for
 * tens of ms and the whole takes tens of seconds on a busy two-core machine (5,000 nodes: 13–19 s here, measured with
 * scripts/bench/layout.ts); the rest of a bigger graph is placed next to its neighbours (lib/layout/place-near.ts).
 */
export const LAYOUT_NODE_CAP = 2000;
export const LAYOUT_VIEWS: readonly LayoutView[] = ["force", "hierarchy"];

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

/** What a layout needs of a graph: the store-agnostic GraphView shape, nothing a store adds. */
export interface LayoutInput {
  nodes: readonly { id: string; name: string; kind: Kind }[];
  relationships: readonly { source: string; target: string; type: RelType }[];
}

/** Lets a long computation give way (to other requests on the server, to frames in the browser) between slices. */
export type Pause = () => Promise<void>;
export const noPause: Pause = () => Promise.resolve();

/** Positions as the API sends them: whole pixels, [x, y], a third of the bytes of {x, y}. */
export type PackedPositions = Record<string, [number, number]>;

export interface GraphLayout {
  /** Identifies the graph the positions were computed for. */
  version: string;
  force: PackedPositions;
  hierarchy: PackedPositions;
  /** The start map's own arrangement (lib/graph/start-map.ts); absent when the graph has no start map. */
  start?: PackedPositions;
}

export function pack(positions: Positions, ids?: Iterable<string>): PackedPositions {
  const out: PackedPositions = {};
  for (const id of ids ?? Object.keys(positions)) {
    const p = positions[id];
    if (p) out[id] = [Math.round(p.x), Math.round(p.y)];
  }
  return out;
}

export function unpack(packed: PackedPositions): Positions {
  const out: Positions = {};
  for (const [id, [x, y]] of Object.entries(packed)) out[id] = { x, y };
  return out;
}

/** /api/graph?positions=true: the view with both arrangements of its nodes, or null while they are being computed. */
export interface PositionedGraphView extends GraphView {
  layout: GraphLayout | null;
}
