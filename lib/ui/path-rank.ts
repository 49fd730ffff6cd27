import type { GraphPath } from "@/lib/graph/types";

/** How many hops go against their edge, and how many are not IS_A. */
function detours(path: GraphPath): [number, number] {
  let backwards = 0;
  let sideways = 0;
  path.relationships.forEach((rel, i) => {
    if (rel.source !== path.nodes[i].id) backwards += 1;
    if (rel.type !== "IS_A") sideways += 1;
  });
  return [backwards, sideways];
}

/**
 * Orders paths for reading: shortest first, then those that read forwards along their edges, then those that stay in
 * the taxonomy, so "GPT-4 is a LLM, which is a Generative AI" leads rather than whichever path sorts first by id.
 * Stable otherwise: the API's order breaks ties.
 */
export function rankPaths(paths: GraphPath[]): GraphPath[] {
  const keyed = paths.map((path, index) => ({ path, index, key: [path.relationships.length, ...detours(path)] }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index);
  return keyed.map((k) => k.path);
}
