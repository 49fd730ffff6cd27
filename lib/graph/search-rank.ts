// Search ranking shared by both stores: each store only gathers candidates from its own index
// (search-stages.ts), and these rules alone rank them, so both return the same order.

/**
 * Best first. The first four find the query's text as typed, in order; "any-order" finds every typed word, each
 * at the start of a word of the key, but in another order or with the key's other words ("and") between them, a
 * looser reading of what was typed, so it ranks after them; "typo" changes a letter of what was typed, a guess,
 * so it ranks last. Ranked this way the in-order stages still fill a short list before any-order is looked up.
 */
export const SEARCH_TIERS = ["exact", "prefix", "word", "substring", "any-order", "typo"] as const;

const tierIndex = (name: (typeof SEARCH_TIERS)[number]) => SEARCH_TIERS.indexOf(name);
const [EXACT_TIER, PREFIX_TIER, WORD_TIER] = [tierIndex("exact"), tierIndex("prefix"), tierIndex("word")];
export const SUBSTRING_TIER = tierIndex("substring");
export const ANY_ORDER_TIER = tierIndex("any-order");
export const TYPO_TIER = tierIndex("typo");

/** Lower-case, accents stripped, every run of non-letters/digits one space: "DALL·E 3" → "dall e 3". */
export function spacedKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export const compactKey = (spaced: string) => spaced.replaceAll(" ", "");

/** The keys a node is found by: its name first, then its aliases. */
export function searchKeys(name: string, aliases: readonly string[]): string[] {
  return [name, ...aliases].map(spacedKey);
}

/**
 * True when a and b differ by one insertion, deletion, substitution or adjacent swap. Checked at the
 * first differing position only (an edit anywhere else would leave a different first difference),
 * without building strings per position: this runs for every candidate of every search.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * The substring tier: inside one word ("former" in "transformer"), running on from a word's start ("gpt4o" in
 * "chat gpt 4o"), or across words where the query breaks too ("anguage model"). Not across a word's end the query
 * does not have ("sora" in "images or audio"), which finds nonsense.
 */
function substringMatch(keySpaced: string, querySpaced: string, q: string): boolean {
  if (keySpaced.includes(querySpaced)) return true;
  const words = keySpaced.split(" ");
  if (words.some((w) => w.includes(q))) return true;
  const k = compactKey(keySpaced);
  let at = 0;
  for (const w of words) {
    if (k.startsWith(q, at)) return true;
    at += w.length;
  }
  return false;
}

/**
 * The any-order tier: two or more query words, each the whole or the start of a word of the key, each its own
 * word, in any order. "understanding image" and "chart underst" find "image and chart understanding", whose "and"
 * need not be typed; "age understanding" does not ("age" is only inside "image"), nor does "image image".
 */
export function wordsInAnyOrder(queryWords: readonly string[], keyWords: readonly string[]): boolean {
  if (queryWords.length < 2 || queryWords.length > keyWords.length) return false;
  // Each query word is given a key word of its own by augmenting paths (Kuhn's matching): "gen generation"
  // must not count "generation" twice, and a greedy choice could take the word a later query word needs.
  const owner = new Array<number>(keyWords.length).fill(-1);
  const assign = (q: number, tried: boolean[]): boolean => {
    for (let k = 0; k < keyWords.length; k++) {
      if (tried[k] || !keyWords[k].startsWith(queryWords[q])) continue;
      tried[k] = true;
      if (owner[k] < 0 || assign(owner[k], tried)) {
        owner[k] = q;
        return true;
      }
    }
    return false;
  };
  return queryWords.every((_, q) => assign(q, new Array<boolean>(keyWords.length).fill(false)));
}

/** The tier (index into SEARCH_TIERS) at which key matches the query, or -1. */
export function matchTier(querySpaced: string, keySpaced: string): number {
  const q = compactKey(querySpaced);
  const k = compactKey(keySpaced);
  if (q === "") return -1;
  if (k === q) return EXACT_TIER;
  if (k.startsWith(q)) return PREFIX_TIER;
  if ((" " + keySpaced).includes(" " + querySpaced)) return WORD_TIER;
  if (substringMatch(keySpaced, querySpaced, q)) return SUBSTRING_TIER;
  if (wordsInAnyOrder(querySpaced.split(" "), keySpaced.split(" "))) return ANY_ORDER_TIER;
  if (q.length >= 3 && (withinOneEdit(k, q) || keySpaced.split(" ").some((w) => w.length >= 3 && withinOneEdit(w, q)))) {
    return TYPO_TIER;
  }
  return -1;
}

export interface Ranked {
  tier: number;
  matchedIndex: number;
}

/** Best tier over a node's keys; ties go to the earlier key (the name before aliases). */
export function rankKeys(querySpaced: string, keys: readonly string[]): Ranked | null {
  let best: Ranked | null = null;
  keys.forEach((key, index) => {
    const tier = matchTier(querySpaced, key);
    if (tier >= 0 && (!best || tier < best.tier)) best = { tier, matchedIndex: index };
  });
  return best;
}

/** What compareHits() orders by within a tier: the length of the name's compact key. */
export const nameLength = (name: string) => compactKey(spacedKey(name)).length;

/** Order within a tier: shorter names first, then id. `nameLength` may be given precomputed. */
export function compareHits(
  a: { tier: number; name: string; id: string; nameLength?: number },
  b: { tier: number; name: string; id: string; nameLength?: number },
): number {
  return (
    a.tier - b.tier ||
    (a.nameLength ?? nameLength(a.name)) - (b.nameLength ?? nameLength(b.name)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
