// Bidirectional breadth-first search: layers grow from both ends, the smaller frontier first, until
// they meet; on a graph with hubs this visits a small part of what one search from an end would.
import type { HopDirection, HopsOf } from "./path-search";

export interface ShortestDag {
  /** Hops of every shortest path. */
  length: number;
  /** Every node on some shortest path, with its distance to the target. */
  remaining: Map<string, number>;
}

interface Side {
  dist: Map<string, number>;
  frontier: string[];
  depth: number;
  direction: HopDirection;
}

const side = (start: string, direction: HopDirection): Side => ({ dist: new Map([[start, 0]]), frontier: [start], depth: 0, direction });

/** Grows `s` by one layer; returns the new nodes the other side has already reached. */
function grow(s: Side, other: Side, hopsOf: HopsOf): string[] {
  const next: string[] = [];
  const met: string[] = [];
  s.depth++;
  for (const node of s.frontier) {
    for (const { neighbor } of hopsOf(node, s.direction)) {
      if (s.dist.has(neighbor)) continue;
      s.dist.set(neighbor, s.depth);
      next.push(neighbor);
      if (other.dist.has(neighbor)) met.push(neighbor);
    }
  }
  s.frontier = next;
  return met;
}

/**
 * Walks from the meeting nodes back to one end: a node at distance i from that end is on a shortest
 * path when it has a hop to one at distance i + 1 that is. `toward` is the direction towards the meeting nodes.
 */
function back(s: Side, meeting: string[], hopsOf: HopsOf, onPath: (node: string, dist: number) => void): void {
  let layer = meeting;
  for (let i = s.depth - 1; i >= 0; i--) {
    const next = new Set<string>();
    for (const node of layer) {
      for (const { neighbor } of hopsOf(node, s.direction === "out" ? "in" : s.direction === "in" ? "out" : "both")) {
        if (s.dist.get(neighbor) === i && !next.has(neighbor)) {
          next.add(neighbor);
          onPath(neighbor, i);
        }
      }
    }
    layer = [...next];
  }
}

/** Every node on a shortest path from `from` to `to` within `maxHops`, or null when there is none. */
export function shortestDag(from: string, to: string, hopsOf: HopsOf, directed: boolean, maxHops: number): ShortestDag | null {
  const forward = side(from, directed ? "out" : "both");
  const backward = side(to, directed ? "in" : "both");
  let met: string[] = [];
  while (met.length === 0 && forward.depth + backward.depth < maxHops && forward.frontier.length > 0 && backward.frontier.length > 0) {
    met = forward.frontier.length <= backward.frontier.length ? grow(forward, backward, hopsOf) : grow(backward, forward, hopsOf);
  }
  if (met.length === 0) return null;
  // Both sides grew in whole layers, so every meeting node lies on a shortest path.
  const length = forward.depth + backward.depth;
  const remaining = new Map(met.map((node) => [node, backward.dist.get(node)!]));
  back(forward, met, hopsOf, (node, dist) => remaining.set(node, length - dist));
  back(backward, met, hopsOf, (node, dist) => remaining.set(node, dist));
  return { length, remaining };
}
