import { GraphError } from "../errors";
import type { PathQuery } from "../types";
import { shortestDag } from "./shortest-dag";

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

/** Hop distances to `target`, out to `maxHops`: what mode=all needs past the shortest length. */
function distancesTo(target: string, hopsOf: HopsOf, directed: boolean, maxHops: number): Map<string, number> {
  const dist = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
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
  // The shortest paths only pass the nodes of this DAG, found from both ends at once.
  const dag = shortestDag(from, to, hopsOf, directed, maxHops);
  if (!dag) return [];

  const results: IdPath[] = [];
  const budget = { work: 0 };
  walkPaths(query, hopsOf, dag.length, dag.remaining, results, budget);
  if (mode === "all" && results.length < limit && dag.length < maxHops) {
    // Longer simple paths may pass any node within reach; prune with exact distances to the target.
    const distToTarget = distancesTo(to, hopsOf, directed, maxHops);
    for (let length = dag.length + 1; length <= maxHops && results.length < limit; length++) {
      walkPaths(query, hopsOf, length, distToTarget, results, budget);
    }
  }
  return results;
}

/** Appends, in order, the simple paths of exactly `length` hops, up to the limit; `distToTarget` prunes (a lower bound suffices). */
function walkPaths(query: PathQuery, hopsOf: HopsOf, length: number, distToTarget: Map<string, number>, results: IdPath[], budget: { work: number }): void {
  const { from, to, directed, limit } = query;
  const nodeIds = [from];
  const relChoices: string[][] = [];
  const onPath = new Set([from]);
  const walk = (node: string): void => {
    if (++budget.work > WORK_BUDGET) {
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
