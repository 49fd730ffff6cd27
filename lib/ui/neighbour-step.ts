export type Direction = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

interface Placed {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  // Screen y grows downwards.
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Within this angle of the arrow a neighbour counts as lying that way (a little over 45°, so none falls between keys). */
const HALF_CONE = Math.cos((65 * Math.PI) / 180);

/**
 * The neighbour an arrow key moves the selection to: among those lying roughly that way, the one best aligned with the
 * arrow and nearest (alignment first, distance breaking near-ties); null when none lies that way.
 */
export function neighbourTowards(from: Placed, neighbours: readonly Placed[], key: Direction): string | null {
  const [ux, uy] = UNIT[key];
  let best: { id: string; score: number } | null = null;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const alignment = (dx * ux + dy * uy) / distance;
    if (alignment < HALF_CONE) continue;
    // A neighbour straight ahead beats one off to the side even when a little farther.
    const score = distance * (2 - alignment);
    if (!best || score < best.score || (score === best.score && n.id < best.id)) best = { id: n.id, score };
  }
  return best?.id ?? null;
}
