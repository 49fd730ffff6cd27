/** A label's box in model coordinates, and how much it matters (higher wins). */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  priority: number;
}

/** Room around each label, so that kept labels do not touch. */
const GAP = 2;
const CELL = 120;

const overlap = (a: LabelBox, b: LabelBox) => a.x1 - GAP < b.x2 && b.x1 - GAP < a.x2 && a.y1 - GAP < b.y2 && b.y1 - GAP < a.y2;

/**
 * The labels to hide so that no two shown ones overlap: the most important first (ties by id, so every render agrees),
 * each kept unless it would collide with one already kept. Label boxes scale with the zoom like everything else in
 * model coordinates, so one pass holds at every zoom. A grid of buckets keeps it near-linear for thousands of labels.
 */
export function labelsToHide(boxes: readonly LabelBox[]): Set<string> {
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const hidden = new Set<string>();
  for (const box of ordered) {
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((kept) => overlap(box, kept)))) {
      hidden.add(box.id);
      continue;
    }
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return hidden;
}
