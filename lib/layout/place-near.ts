import type { Point, Positions } from "./types";

const GOLDEN_ANGLE = 2.39996;

/**
 * Places `ids` (in that order) next to their neighbours that already have a place: around the centre of those
 * neighbours, on a sunflower spiral (golden angle, radius growing with the square root of how many were put around
 * the same centre) so that they do not pile up. A node placed here counts as placed for the ones after it; a node with
 * no placed neighbour goes around `fallback`. Returns the new positions only; nothing else moves.
 */
export function placeNear(ids: readonly string[], neighbours: (id: string) => readonly string[], known: Positions, fallback: Point): Positions {
  const placed: Positions = {};
  const around = new Map<string, number>();
  const where = (id: string) => placed[id] ?? known[id];
  for (const id of ids) {
    const anchors = neighbours(id)
      .map(where)
      .filter((p): p is Point => p !== undefined);
    const centre =
      anchors.length > 0
        ? { x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length, y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length }
        : fallback;
    const key = `${Math.round(centre.x)},${Math.round(centre.y)}`;
    const k = around.get(key) ?? 0;
    around.set(key, k + 1);
    const radius = 70 + 45 * Math.sqrt(k);
    placed[id] = { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
  }
  return placed;
}
