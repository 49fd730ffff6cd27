import { KINDS } from "@/lib/graph/schema";
import { noPause, type LayoutInput, type Pause, type Positions } from "./types";

/** Room per name: a rank with more than PER_ROW nodes takes several interleaved rows, up to MAX_SUB_ROWS. */
const SLOT = 130;
const PER_ROW = 9;
const MAX_SUB_ROWS = 8;
const SUB_ROW_GAP = 72;
const RANK_GAP = 130;
const GRID_CELL = { w: 130, h: 86 };
/** Barycentre sweeps (down, up, down, …) that order each rank to limit crossings. */
const SWEEPS = 4;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The is-a hierarchy: parents above children (an IS_A edge runs child → parent), each rank ordered by barycentre
 * sweeps and spread evenly, a crowded rank over a few interleaved rows so that neighbouring names do not collide.
 * Nodes outside the taxonomy go in a grid below, grouped by kind. Each sweep is one pass over the IS_A edges (plus a
 * sort per rank), so it serves thousands of nodes in well under a second; deterministic: ids break every tie.
 */
export async function hierarchyLayout(input: LayoutInput, pause: Pause = noPause, perRow = PER_ROW, slot = SLOT): Promise<Positions> {
  const ids = new Set(input.nodes.map((n) => n.id));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const r of input.relationships) {
    if (r.type !== "IS_A" || r.source === r.target || !ids.has(r.source) || !ids.has(r.target)) continue;
    push(parents, r.source, r.target);
    push(children, r.target, r.source);
  }
  const tree = [...new Set([...parents.keys(), ...children.keys()])].sort(byId);
  const ranks = rankNodes(tree, parents, children);
  await pause();
  orderRanks(ranks, parents, children);
  await pause();
  const positions = spreadRanks(ranks, perRow, slot);
  const xs = Object.values(positions).map((p) => p.x);
  const box = xs.length > 0 ? { x1: Math.min(...xs), x2: Math.max(...xs), y2: Math.max(...Object.values(positions).map((p) => p.y)) } : { x1: 0, x2: 0, y2: -120 };
  const inTree = new Set(tree);
  Object.assign(positions, gridByKind(input.nodes.filter((n) => !inTree.has(n.id)), box));
  return positions;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rank = the longest chain of parents above a node (roots are 0). A cycle, which the seed check forbids, ends up last. */
function rankNodes(tree: string[], parents: Map<string, string[]>, children: Map<string, string[]>): string[][] {
  const rank = new Map<string, number>();
  const waiting = new Map(tree.map((id) => [id, new Set(parents.get(id) ?? []).size]));
  let layer = tree.filter((id) => waiting.get(id) === 0);
  for (const id of layer) rank.set(id, 0);
  while (layer.length > 0) {
    const next: string[] = [];
    for (const id of layer) {
      for (const child of new Set(children.get(id) ?? [])) {
        rank.set(child, Math.max(rank.get(child) ?? 0, rank.get(id)! + 1));
        const left = waiting.get(child)! - 1;
        waiting.set(child, left);
        if (left === 0) next.push(child);
      }
    }
    layer = next;
  }
  const deepest = Math.max(-1, ...rank.values());
  const ranks: string[][] = [];
  for (const id of tree) {
    const r = rank.get(id) ?? deepest + 1;
    (ranks[r] ??= []).push(id);
  }
  return ranks.filter((r) => r !== undefined);
}

/** Orders each rank by the mean index of its neighbours in the rank above (sweeping down) or below (sweeping up). */
function orderRanks(ranks: string[][], parents: Map<string, string[]>, children: Map<string, string[]>): void {
  const index = new Map<string, number>();
  const reindex = (rank: string[]) => rank.forEach((id, i) => index.set(id, i));
  ranks.forEach(reindex);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? ranks.map((_, i) => i).slice(1) : ranks.map((_, i) => i).reverse().slice(1);
    for (const r of order) {
      const towards = down ? parents : children;
      const centre = new Map<string, number>();
      for (const id of ranks[r]) {
        const around = (towards.get(id) ?? []).filter((o) => index.has(o));
        centre.set(id, around.length > 0 ? around.reduce((s, o) => s + index.get(o)!, 0) / around.length : index.get(id)!);
      }
      ranks[r].sort((a, b) => centre.get(a)! - centre.get(b)! || byId(a, b));
      reindex(ranks[r]);
    }
  }
}

function spreadRanks(ranks: string[][], perRow: number, slot: number): Positions {
  const positions: Positions = {};
  let y = 0;
  for (const row of ranks) {
    const rows = Math.min(MAX_SUB_ROWS, Math.ceil(row.length / perRow));
    const step = slot / rows;
    row.forEach((id, i) => {
      positions[id] = { x: (i - (row.length - 1) / 2) * step, y: y + (i % rows) * SUB_ROW_GAP };
    });
    y += (rows - 1) * SUB_ROW_GAP + RANK_GAP;
  }
  return positions;
}

function gridByKind(nodes: LayoutInput["nodes"], above: { x1: number; x2: number; y2: number }): Positions {
  const positions: Positions = {};
  const width = Math.max(above.x2 - above.x1, 8 * GRID_CELL.w);
  const columns = Math.max(6, Math.floor(width / GRID_CELL.w));
  const left = (above.x1 + above.x2) / 2 - ((columns - 1) * GRID_CELL.w) / 2;
  let y = above.y2 + 140;
  for (const kind of KINDS) {
    // Plain code-unit order, not localeCompare: the server and every browser must agree.
    const group = nodes.filter((n) => n.kind === kind).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a.id, b.id)));
    if (group.length === 0) continue;
    group.forEach((n, i) => {
      positions[n.id] = { x: left + (i % columns) * GRID_CELL.w, y: y + Math.floor(i / columns) * GRID_CELL.h };
    });
    y += Math.ceil(group.length / columns) * GRID_CELL.h + 50;
  }
  return positions;
}
