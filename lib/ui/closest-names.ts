import { compactKey, spacedKey } from "@/lib/graph/search-rank";
import type { NodeRef } from "@/lib/graph/types";

const MIN_SIMILARITY = 0.35;

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

/** Dice's coefficient over letter pairs: 1 for the same text, 0 for nothing in common; robust to several typos. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * When a search finds nothing: the names most like the query among the nodes at hand, best first, and only those
 * alike enough to be worth offering (an unrelated name is not a suggestion).
 */
export function closestNames<T extends NodeRef & { aliases?: readonly string[] }>(query: string, nodes: Iterable<T>, count = 3): T[] {
  const q = compactKey(spacedKey(query));
  if (q.length < 2) return [];
  const scored: { node: T; score: number }[] = [];
  for (const node of nodes) {
    const score = Math.max(...[node.name, ...(node.aliases ?? [])].map((k) => similarity(q, compactKey(spacedKey(k)))));
    if (score >= MIN_SIMILARITY) scored.push({ node, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.node.name.length - b.node.name.length || (a.node.id < b.node.id ? -1 : 1))
    .slice(0, count)
    .map((s) => s.node);
}
