// Turns the phrases of a question into nodes with the store's own search, so "LLMs", "GenAI" and
// "DALLE" resolve exactly as they do in the search box, on either store.
import type { Kind } from "../schema";
import { ANY_ORDER_TIER, compactKey, matchTier, spacedKey, SUBSTRING_TIER, TYPO_TIER } from "../search-rank";
import type { GraphStore, NodeRef, SearchResult } from "../types";

/** How many hits are weighed per phrase: enough to find the preferred kind among near ties. */
const CANDIDATES = 10;
/** Tier of an exact name or alias match (see lib/graph/search-rank.ts); lower is better. */
const EXACT = 0;
/** Trailing words a person adds that no concept's name carries: "generative AI tools", "LLM systems". */
const GENERIC_TAIL = /\s+(?:tools?|systems?|apps?|applications?|platforms?|services?|products?|solutions?|technology|technologies|models?|ai|uses?)$/;

export interface Resolved {
  node: NodeRef;
  /** How well the phrase matched the node's name or an alias: the search tier, 0 exact … TYPO_TIER one typo. */
  tier: number;
}

const ref = ({ id, name, kind }: NodeRef): NodeRef => ({ id, name, kind });

/** Below this many letters a prefix, substring or any-order match is a guess ("foo" is not "footage"): refused. */
const MIN_PARTIAL = 4;
const PREFIX = 1;
const PARTIAL = new Set([PREFIX, SUBSTRING_TIER, ANY_ORDER_TIER]);

/** A plural typed where the alias is singular (or the reverse) still counts as exact. */
function tierOf(phrase: string, hit: SearchResult): number {
  const q = spacedKey(phrase);
  const keys = [hit.name, hit.matched].map(spacedKey);
  const singular = (s: string) => s.replace(/s$/, "");
  if (keys.some((k) => k === q || singular(k) === singular(q))) return EXACT;
  const tiers = keys.map((k) => matchTier(q, k)).filter((t) => t >= 0);
  return tiers.length > 0 ? Math.min(...tiers) : TYPO_TIER;
}

async function lookUp(store: GraphStore, phrase: string, prefer: readonly Kind[]): Promise<Resolved | null> {
  if (!spacedKey(phrase)) return null;
  const hits = await store.search({ q: phrase, limit: CANDIDATES });
  const short = compactKey(spacedKey(phrase)).length < MIN_PARTIAL;
  const weighed = hits.map((hit, order) => {
    const preferred = prefer.indexOf(hit.kind);
    return { hit, order, tier: tierOf(phrase, hit), rank: preferred < 0 ? prefer.length : preferred };
  });
  const usable = weighed.filter((w) => !(short && PARTIAL.has(w.tier)));
  usable.sort((a, b) => a.tier - b.tier || a.rank - b.rank || a.order - b.order);
  const best = usable[0];
  return best ? { node: ref(best.hit), tier: best.tier } : null;
}

/** The node a phrase names, preferring `prefer` kinds among equally good matches; null when nothing matches. */
export async function resolvePhrase(store: GraphStore, phrase: string, prefer: readonly Kind[] = []): Promise<Resolved | null> {
  const found = await lookUp(store, phrase, prefer);
  if (found && found.tier === EXACT) return found;
  const shorter = phrase.replace(GENERIC_TAIL, "");
  if (shorter !== phrase && shorter.trim()) {
    const retry = await lookUp(store, shorter, prefer);
    if (retry && (!found || retry.tier < found.tier)) return retry;
  }
  return found;
}

/** Longest phrase split into two concepts that is tried word by word. */
const MAX_JOINED_WORDS = 8;

/**
 * "llms generative ai" has no word between its two concepts: every split point is tried and the one whose
 * halves both match best wins (ties: the earlier split). Null when no split resolves both halves.
 */
export async function splitJoined(
  store: GraphStore,
  joined: string,
  prefer: [readonly Kind[], readonly Kind[]],
): Promise<[Resolved, Resolved] | null> {
  const words = joined.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > MAX_JOINED_WORDS) return null;
  let best: { score: number; pair: [Resolved, Resolved] } | null = null;
  for (let i = 1; i < words.length; i++) {
    const [left, right] = await Promise.all([
      resolvePhrase(store, words.slice(0, i).join(" "), prefer[0]),
      resolvePhrase(store, words.slice(i).join(" "), prefer[1]),
    ]);
    if (!left || !right || left.node.id === right.node.id) continue;
    const score = left.tier + right.tier;
    if (!best || score < best.score) best = { score, pair: [left, right] };
  }
  return best?.pair ?? null;
}
