import type { LayoutView, PackedPositions } from "@/lib/layout/types";

/** An arrangement the reader can drag nodes in: the whole graph's two, and the start map's own. */
export type Arrangement = LayoutView | "start";

/** The reader's own drags, per arrangement: they lie over the server's positions of the same graph version. */
export type SavedPositions = Record<LayoutView, PackedPositions> & { start?: PackedPositions };

export const EMPTY_SAVED: SavedPositions = { force: {}, hierarchy: {} };

// Checked by hand, not with zod: this runs on every page load, and zod would join the page's bundle for it.
const isPoint = (p: unknown) => Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === "number" && Number.isFinite(v));
const isPacked = (value: unknown): value is PackedPositions =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(isPoint);
// `start` came later: storage written before it has none.
const isSaved = (value: unknown): value is SavedPositions =>
  typeof value === "object" &&
  value !== null &&
  isPacked((value as SavedPositions).force) &&
  isPacked((value as SavedPositions).hierarchy) &&
  ((value as SavedPositions).start === undefined || isPacked((value as SavedPositions).start));

/** One key per graph version: positions of another graph would put its nodes in nonsense places. */
export const positionsKey = (version: string) => `ai-explorer-positions:${version}`;

/** Storage can be off (private windows, strict settings) or hold anything: then there is nothing saved. */
export function readSaved(version: string): SavedPositions {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(positionsKey(version)) ?? "null");
    return isSaved(parsed) ? parsed : EMPTY_SAVED;
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
export function withMove(saved: SavedPositions, arrangement: Arrangement, id: string, p: { x: number; y: number }): SavedPositions {
  return { ...saved, [arrangement]: { ...saved[arrangement], [id]: [Math.round(p.x), Math.round(p.y)] } };
}
