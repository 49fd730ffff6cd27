import { GraphError } from "../errors";
import type { PathQuery } from "../types";

/** One hop from a node to a neighbour, with every parallel relationship that makes it. */
export interface Hop {
  neighbor: string;
  relIds: string[];
}

export type HopDirection = "out" | "in" | "both";

/** Sorted by neighbour id, relationship ids sorted within; supplied by the store, types already filtered. */
export type HopsOf = (node: string, direction: HopDirection) => Hop[];

/** A path as node ids plus, per hop, the relationship id used. */
export interface IdPath {
  nodeIds: string[];
  relIds: string[];
}

// Paths are enumerated in their final order, so the search stops at `limit`; the budget
// bounds the work a dense graph can demand, like the Neo4j transaction timeout does there.
const WORK_BUDGET = 2_000_000;

/** Hop distances to `target`, out to `maxHops`, or only to the layer that reaches `stopAt` when one is given. */
function distancesTo(target: string, hopsOf: HopsOf, directed: boolean, maxHops: number, stopAt?: string): Map<string, number> {
  const dist = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0 && !(stopAt !== undefined && dist.has(stopAt)); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      // Walking back from the target follows relationships against their stored direction.
      for (const hop of hopsOf(node, directed ? "in" : "both")) {
        if (!dist.has(hop.neighbor)) {
          dist.set(hop.neighbor, d);
          next.push(hop.neighbor);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

function* relCombinations(hops: string[][], prefix: string[] = []): Generator<string[]> {
  if (prefix.length === hops.length) {
    yield prefix;
    return;
  }
  for (const rel of hops[prefix.length]) yield* relCombinations(hops, [...prefix, rel]);
}

/** The store builds and sorts a hub's hop list on each call; one query asks for the same node many times. */
function memoised(hopsOf: HopsOf): HopsOf {
  const cache = new Map<string, Hop[]>();
  return (node, direction) => {
    const key = `${direction} ${node}`;
    let hops = cache.get(key);
    if (!hops) cache.set(key, (hops = hopsOf(node, direction)));
    return hops;
  };
}

export function findPaths(query: PathQuery, storeHopsOf: HopsOf): IdPath[] {
  const { from, to, directed, maxHops, mode, limit } = query;
  if (from === to) return [{ nodeIds: [from], relIds: [] }];
  const hopsOf = memoised(storeHopsOf);
  // Shortest paths only ever pass nodes nearer to the target than `from` is.
  const distToTarget = distancesTo(to, hopsOf, directed, maxHops, mode === "shortest" ? from : undefined);
  const shortest = distToTarget.get(from);
  if (shortest === undefined) return [];

  const results: IdPath[] = [];
  let work = 0;
  const lastLength = mode === "shortest" ? shortest : maxHops;
  for (let length = shortest; length <= lastLength && results.length < limit; length++) {
    const nodeIds = [from];
    const relChoices: string[][] = [];
    const onPath = new Set([from]);
    const walk = (node: string): void => {
      if (++work > WORK_BUDGET) {
        throw new GraphError("timeout", "path search needs too much work; lower maxHops or restrict the types");
      }
      if (node === to) {
        for (const relIds of relCombinations(relChoices)) {
          if (results.length >= limit) return;
          results.push({ nodeIds: [...nodeIds], relIds });
        }
        return;
      }
      for (const hop of hopsOf(node, directed ? "out" : "both")) {
        if (results.length >= limit) return;
        const remaining = distToTarget.get(hop.neighbor);
        if (onPath.has(hop.neighbor) || remaining === undefined || nodeIds.length + remaining > length) continue;
        // Only the target may end a path, and it may only end one of exactly this length.
        if (hop.neighbor === to && nodeIds.length !== length) continue;
        nodeIds.push(hop.neighbor);
        relChoices.push(hop.relIds);
        onPath.add(hop.neighbor);
        walk(hop.neighbor);
        onPath.delete(hop.neighbor);
        relChoices.pop();
        nodeIds.pop();
      }
    };
    walk(from);
  }
  return results;
}
