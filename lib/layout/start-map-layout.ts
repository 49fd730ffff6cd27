import { startMapIn } from "@/lib/graph/start-map";
import { LOOK } from "@/lib/graph/style";
import { hierarchyLayout } from "./hierarchy";
import { noPause, type LayoutInput, type Positions } from "./types";

/** Nodes per row of a rank: the start map stays narrow enough to read at the zoom that fits it. */
const PER_ROW = 5;
/**
 * Room per name along a row: wider than the widest wrapped name (LOOK.labelMaxWidth) and the declutter's gap on both
 * sides, so that no two names in a row can overlap and the declutter pass (lib/ui/label-declutter.ts) hides none.
 */
export const START_MAP_SLOT = LOOK.labelMaxWidth + 10;

/**
 * A new visitor's first screen: the start map's is-a tree, ranks top-down. Concepts outside the tree (the architectures)
 * go beside the highest-ranked concept they are linked to, on the side where most of their neighbours are, instead of
 * in a grid under the tree: the map stays about as wide as high and fits a screen at a zoom where names are legible.
 */
export async function startMapLayout(graph: LayoutInput): Promise<Positions | null> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const map = startMapIn((id) => ids.has(id));
  if (!map) return null;
  const inMap = new Set(map);
  const relationships = graph.relationships.filter((r) => inMap.has(r.source) && inMap.has(r.target));
  const positions = await hierarchyLayout({ nodes: graph.nodes.filter((n) => inMap.has(n.id)), relationships }, noPause, PER_ROW, START_MAP_SLOT);

  const inTree = new Set(relationships.filter((r) => r.type === "IS_A").flatMap((r) => [r.source, r.target]));
  const outside = map.filter((id) => !inTree.has(id));
  const neighbours = (id: string) =>
    relationships.flatMap((r) => (r.source === id ? [r.target] : r.target === id ? [r.source] : [])).filter((n) => inTree.has(n));
  for (const id of outside) {
    const around = neighbours(id);
    if (around.length === 0) continue;
    const anchor = around.reduce((a, b) => (positions[b].y < positions[a].y || (positions[b].y === positions[a].y && b < a) ? b : a));
    const meanX = around.reduce((s, n) => s + positions[n].x, 0) / around.length;
    const side = meanX < positions[anchor].x ? -1 : 1;
    const y = positions[anchor].y;
    // Past everything already on that row, on that side.
    // (Those not placed yet are still in the grid under the tree, on no row of it.)
    const row = Object.entries(positions).filter(([other, p]) => other !== id && Math.abs(p.y - y) < 1);
    const edge = side < 0 ? Math.min(...row.map(([, p]) => p.x)) : Math.max(...row.map(([, p]) => p.x));
    positions[id] = { x: edge + side * START_MAP_SLOT * 1.5, y };
  }
  return positions;
}
