// The order in which paths are read, the same in /api/paths and the explorer. A path through a broad
// hub (a modality or an industry: "Midjourney accepts Text, which is an input to Transformer") says
// little, so it comes after paths along is-a, architecture and built-on links, even longer ones.
import type { Kind, RelType } from "./schema";
import type { GraphPath, GraphStore, PathQuery } from "./types";

/** Relationships that say what a thing is, what it is built with, or what it runs on. */
export const STRONG_TYPES: readonly RelType[] = ["IS_A", "USES_ARCHITECTURE", "BUILT_ON"];
/** Kinds that link almost everything to everything, so a path through one explains nothing. */
export const HUB_KINDS: readonly Kind[] = ["Modality", "Industry"];

/** One line for readers, so the order is never a mystery. */
export const PATH_ORDER_NOTE = "Paths through broad hubs such as modalities and industries come after paths along is-a, architecture and built-on links.";

/** Hubs passed through, length, hops against their edge, hops that are not IS_A. */
function cost(path: GraphPath): number[] {
  let backwards = 0;
  let sideways = 0;
  path.relationships.forEach((rel, i) => {
    if (rel.source !== path.nodes[i].id) backwards += 1;
    if (rel.type !== "IS_A") sideways += 1;
  });
  const hubs = path.nodes.slice(1, -1).filter((n) => HUB_KINDS.includes(n.kind)).length;
  return [hubs, path.relationships.length, backwards, sideways];
}

/** Stable: the stores' own order (length, then ids) breaks ties. */
export function rankPaths(paths: GraphPath[]): GraphPath[] {
  const keyed = paths.map((path, index) => ({ path, index, key: cost(path) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.index - b.index;
  });
  return keyed.map((k) => k.path);
}

/** How many paths each search brings in, so ranking can choose among more than it returns. */
const CANDIDATES = 25;

/**
 * The paths a reader should see first: those asked for, plus, when no type filter is set, the shortest
 * ones along strong links, which may be longer than a shortcut through a hub. Ranked, then cut to the limit.
 */
export async function readablePaths(store: GraphStore, query: PathQuery): Promise<GraphPath[]> {
  const wide = { ...query, limit: Math.max(query.limit, CANDIDATES) };
  const [asked, strong] = await Promise.all([
    store.paths(wide),
    query.types ? Promise.resolve([]) : store.paths({ ...wide, types: [...STRONG_TYPES], mode: "shortest" }),
  ]);
  const seen = new Set<string>();
  const merged = [...asked, ...strong].filter((p) => {
    const key = p.relationships.map((r) => r.id).join("|") || p.nodes[0]?.id;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return rankPaths(merged).slice(0, query.limit);
}
