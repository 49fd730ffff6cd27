import { z } from "zod";
import type { LayoutView, PackedPositions } from "@/lib/layout/types";

/** The reader's own drags, per arrangement: they lie over the server's positions of the same graph version. */
export type SavedPositions = Record<LayoutView, PackedPositions>;

export const EMPTY_SAVED: SavedPositions = { force: {}, hierarchy: {} };

const packed = z.record(z.string(), z.tuple([z.number(), z.number()]));
const savedSchema = z.object({ force: packed, hierarchy: packed });

/** One key per graph version: positions of another graph would put its nodes in nonsense places. */
export const positionsKey = (version: string) => `ai-explorer-positions:${version}`;

/** Storage can be off (private windows, strict settings) or hold anything: then there is nothing saved. */
export function readSaved(version: string): SavedPositions {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(window.localStorage.getItem(positionsKey(version)) ?? "null"));
    return parsed.success ? parsed.data : EMPTY_SAVED;
  } catch {
    return EMPTY_SAVED;
  }
}

export function writeSaved(version: string, saved: SavedPositions | null): void {
  try {
    if (saved) window.localStorage.setItem(positionsKey(version), JSON.stringify(saved));
    else window.localStorage.removeItem(positionsKey(version));
  } catch {
    // not remembered; the drag still holds on this page
  }
}

/** `saved` with one node's new place in one arrangement, in whole pixels like the server's. */
export function withMove(saved: SavedPositions, layout: LayoutView, id: string, p: { x: number; y: number }): SavedPositions {
  return { ...saved, [layout]: { ...saved[layout], [id]: [Math.round(p.x), Math.round(p.y)] } };
}
