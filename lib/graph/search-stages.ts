// Search as both stores run it: each store supplies candidates from its own index, stage by stage,
// and this one function ranks them (with search-rank.ts), so both return the same answer.
import type { Kind } from "./schema";
import { compactKey, compareHits, nameLength, rankKeys, searchKeys, spacedKey } from "./search-rank";
import type { SearchResult } from "./types";

export interface SearchCandidate {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  /** searchKeys(name, aliases), when the index has them at hand. */
  keys?: string[];
}

/**
 * One look-up in a store's index. `candidates`, with those of the stages before it, must include every
 * node whose best tier is at most `maxTier` (it may include more: each is ranked exactly). Stages come
 * in increasing `maxTier`.
 */
export interface SearchStage {
  maxTier: number;
  candidates: (query: SearchText) => Promise<Iterable<SearchCandidate>> | Iterable<SearchCandidate>;
}

/** The query as the stages look it up: `spaced` as matchTier() reads it, `compact` without spaces. */
export interface SearchText {
  spaced: string;
  compact: string;
}

/** The typo tier only applies to queries this long (see matchTier()). */
export const TYPO_MIN_LENGTH = 3;

type Hit = SearchResult & { tier: number; nameLength: number };

function finish(hits: Hit[], limit: number): SearchResult[] {
  return hits
    .sort(compareHits)
    .slice(0, limit)
    .map(({ tier: _tier, nameLength: _length, ...hit }) => hit);
}

/**
 * Runs the stages until the nodes found at or below a stage's tier fill the limit: every node
 * not yet seen ranks below them, so the first `limit` are final. Short, common queries stop at
 * the prefix stage and never touch the substring or typo look-ups.
 */
export async function stagedSearch(q: string, limit: number, stages: readonly SearchStage[]): Promise<SearchResult[]> {
  const spaced = spacedKey(q);
  const text = { spaced, compact: compactKey(spaced) };
  if (text.compact === "") return [];
  const seen = new Map<string, Hit | null>();
  for (const stage of stages) {
    for (const c of await stage.candidates(text)) {
      if (seen.has(c.id)) continue;
      const ranked = rankKeys(spaced, c.keys ?? searchKeys(c.name, c.aliases));
      if (!ranked) {
        seen.set(c.id, null);
        continue;
      }
      const matched = ranked.matchedIndex === 0 ? c.name : c.aliases[ranked.matchedIndex - 1];
      seen.set(c.id, { id: c.id, name: c.name, kind: c.kind, matched, tier: ranked.tier, nameLength: nameLength(c.name) });
    }
    const within = [...seen.values()].filter((h): h is Hit => h !== null && h.tier <= stage.maxTier);
    if (within.length >= limit) return finish(within, limit);
  }
  return finish([...seen.values()].filter((h): h is Hit => h !== null), limit);
}
