// Search on Neo4j: a Lucene full-text index (created by the seed loader) over two properties the
// loader writes, finds the candidates; stagedSearch() ranks them with the same rules as the embedded store.
//   searchCompact: each compact key (name and aliases without spaces), space-separated
//   searchWords:   each word of those keys, whatever its length, space-separated
// The index uses the whitespace analyzer, so every key and word is one Lucene term, as written (a word
// longer than 255 characters is cut into terms, the first of which still starts it).
import { compactKey, searchKeys, TYPO_TIER } from "../search-rank";
import { TYPO_MIN_LENGTH, type SearchCandidate, type SearchStage, type SearchText } from "../search-stages";

export const FULLTEXT_INDEX = "concept_search";

/** Lucene's whitespace tokenizer cuts terms at this length. */
const MAX_TERM = 255;
/** Longer keys are also written as overlapping windows, so any query up to this length lies inside one. */
const WINDOW_OVERLAP = 200;

function windows(key: string): string[] {
  if (key.length <= MAX_TERM) return [key];
  const out: string[] = [];
  for (let i = 0; i + WINDOW_OVERLAP < key.length; i += MAX_TERM - WINDOW_OVERLAP) out.push(key.slice(i, i + MAX_TERM));
  return out;
}

/** The two properties the index reads, for a node with this name and aliases. */
export function searchFields(name: string, aliases: readonly string[]): { searchCompact: string; searchWords: string } {
  const spaced = searchKeys(name, aliases);
  const compact = new Set(spaced.map(compactKey).filter(Boolean).flatMap(windows));
  const words = new Set(spaced.flatMap((k) => k.split(" ")).filter(Boolean));
  return { searchCompact: [...compact].join(" "), searchWords: [...words].join(" ") };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s.<>#@]/g;

/**
 * Escapes what Lucene's query parser (and its regular expressions) would read as syntax. The search
 * text is already reduced to letters and digits, so this changes nothing today; it guards the query
 * string should that normalisation ever change.
 */
export const escapeLucene = (text: string) => text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** Every string one insertion, deletion, substitution or adjacent swap from q (or q), as a Lucene regular expression. */
export function oneEditRegex(q: string): string {
  const c = Array.from(q, escapeLucene);
  const join = (parts: string[]) => parts.join("");
  const alternatives = new Set([join(c)]);
  for (let i = 0; i <= c.length; i++) {
    alternatives.add(join([...c.slice(0, i), ".", ...c.slice(i)]));
    if (i === c.length) continue;
    alternatives.add(join([...c.slice(0, i), ...c.slice(i + 1)]));
    alternatives.add(join([...c.slice(0, i), ".", ...c.slice(i + 1)]));
    if (i + 1 < c.length) alternatives.add(join([...c.slice(0, i), c[i + 1], c[i], ...c.slice(i + 2)]));
  }
  return `/(${[...alternatives].join("|")})/`;
}

/**
 * Past this length the exact one-edit expression grows large for Lucene to compile; a cheaper
 * superset is used instead: one edit leaves either the first half or the part after the character
 * following it intact, and changes the length by at most one.
 */
const EXACT_REGEX_UP_TO = 12;

function oneEditSuperset(q: string): string[] {
  const c = Array.from(q, escapeLucene);
  const half = Math.floor(c.length / 2);
  const head = c.slice(0, half).join("");
  const tail = c.slice(half + 1).join("");
  return [`/${head}.{${c.length - 1 - half},${c.length + 1 - half}}/`, `/.{${half},${half + 2}}${tail}/`];
}

function typoClauses(q: string): string[] {
  if (Array.from(q).length < TYPO_MIN_LENGTH) return [];
  const patterns = Array.from(q).length <= EXACT_REGEX_UP_TO ? [oneEditRegex(q)] : oneEditSuperset(q);
  return patterns.flatMap((p) => [`searchCompact:${p}`, `searchWords:${p}`]);
}

/**
 * Past this many distinct words the shortest are left out of the any-order clause: fewer required terms find more
 * nodes, never fewer, and the ranking checks every word; this keeps the clause small for a query of many words.
 */
const MAX_REQUIRED_WORDS = 16;

/**
 * Every query word (two or more) as a required prefix of a word of the node's keys: all the any-order matches, and
 * more. A word is cut to the length of a term, as the index cut the words it starts.
 */
function anyOrderClauses({ spaced }: SearchText): string[] {
  const words = spaced.split(" ");
  if (words.length < 2) return [];
  const required = [...new Set(words.map((w) => w.slice(0, MAX_TERM)))].sort((a, b) => b.length - a.length).slice(0, MAX_REQUIRED_WORDS);
  return [`(${required.map((w) => `+searchWords:${escapeLucene(w)}*`).join(" ")})`];
}

/**
 * Lucene queries of the two stages: keys starting with q (tiers 0–1); keys containing q, every query word starting
 * a word in any order, or one edit away (all tiers).
 */
export const prefixQuery = ({ compact }: SearchText) => `searchCompact:${escapeLucene(compact)}*`;
export const restQuery = (text: SearchText) =>
  [`searchCompact:*${escapeLucene(text.compact)}*`, ...anyOrderClauses(text), ...typoClauses(text.compact)].join(" ");

export type CandidateReader = (luceneQuery: string) => Promise<SearchCandidate[]>;

export const fulltextStages = (read: CandidateReader): SearchStage[] => [
  { maxTier: 1, candidates: (text) => read(prefixQuery(text)) },
  { maxTier: TYPO_TIER, candidates: (text) => read(restQuery(text)) },
];
