import type { Point } from "./types";

export interface Box extends Point {
  /** Full width and height; x, y is the centre. */
  w: number;
  h: number;
}

const MARGIN = 6;

/**
 * One pass of overlap removal: every two boxes that overlap are pushed apart along the axis where they overlap least,
 * each by half of it. Boxes are bucketed on a grid of the largest box, so only neighbouring cells are compared.
 * Symmetric and free of randomness (coincident boxes part by index), so the result depends only on the input.
 * Returns how many overlaps it found; moves `boxes` in place.
 */
export function separateOnce(boxes: Box[]): number {
  if (boxes.length < 2) return 0;
  const cw = Math.max(...boxes.map((b) => b.w)) + MARGIN;
  const ch = Math.max(...boxes.map((b) => b.h)) + MARGIN;
  const grid = new Map<string, number[]>();
  const cellOf = (b: Box) => [Math.floor(b.x / cw), Math.floor(b.y / ch)];
  boxes.forEach((b, i) => {
    const [cx, cy] = cellOf(b);
    const key = `${cx},${cy}`;
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  });
  let overlaps = 0;
  boxes.forEach((a, i) => {
    const [cx, cy] = cellOf(a);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          if (j <= i) continue;
          const b = boxes[j];
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const ox = (a.w + b.w) / 2 + MARGIN - Math.abs(dx);
          const oy = (a.h + b.h) / 2 + MARGIN - Math.abs(dy);
          if (ox <= 0 || oy <= 0) continue;
          overlaps += 1;
          if (ox < oy) {
            const s = dx === 0 ? 1 : Math.sign(dx);
            a.x -= (s * ox) / 2;
            b.x += (s * ox) / 2;
          } else {
            const s = dy === 0 ? 1 : Math.sign(dy);
            a.y -= (s * oy) / 2;
            b.y += (s * oy) / 2;
          }
        }
      }
    }
  });
  return overlaps;
}
