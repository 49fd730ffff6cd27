// The embedded store's search index, built once at load: no query scans all nodes. Each look-up
// returns a superset of the nodes of its tiers; stagedSearch() ranks them with the shared rules.
import { ANY_ORDER_TIER, compactKey, searchKeys, SUBSTRING_TIER, TYPO_TIER, withinOneEdit } from "../search-rank";
import { TYPO_MIN_LENGTH, type SearchCandidate, type SearchStage, type SearchText } from "../search-stages";
import { addPosting, SortedStrings } from "./sorted-strings";

const GRAM = 3;
const reverse = (s: string) => s.split("").reverse().join("");

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let n = 1; n <= GRAM; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

export class SearchIndex {
  /** Compact keys (name and aliases): the prefix stage. */
  private readonly compact: SortedStrings;
  /** Every substring of up to three characters of a compact key → nodes: the substring stage. */
  private readonly grams = new Map<string, number[]>();
  /** Every word of every key, whatever its length: the any-order stage. */
  private readonly words: SortedStrings;
  /** By length: compact keys and words (3+ characters), forwards and reversed: the typo stage. */
  private readonly typo = new Map<number, { forward: SortedStrings; backward: SortedStrings }>();

  private readonly nodes: SearchCandidate[];

  constructor(seedNodes: readonly SearchCandidate[]) {
    this.nodes = seedNodes.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases, keys: searchKeys(name, aliases) }));
    const nodes = this.nodes;
    const compact = new Map<string, number[]>();
    const words = new Map<string, number[]>();
    const typo = new Map<number, Map<string, number[]>>();
    const addTypo = (s: string, node: number) => {
      if (!typo.has(s.length)) typo.set(s.length, new Map());
      addPosting(typo.get(s.length)!, s, node);
    };
    nodes.forEach((node, i) => {
      for (const spaced of node.keys!) {
        const key = compactKey(spaced);
        addPosting(compact, key, i);
        for (const gram of grams(key)) addPosting(this.grams, gram, i);
        addTypo(key, i);
        for (const word of spaced.split(" ")) {
          if (word) addPosting(words, word, i);
          if (word.length >= TYPO_MIN_LENGTH) addTypo(word, i);
        }
      }
    });
    this.compact = new SortedStrings(compact);
    this.words = new SortedStrings(words);
    for (const [length, forward] of typo) {
      const backward = new Map([...forward].map(([text, list]) => [reverse(text), list]));
      this.typo.set(length, { forward: new SortedStrings(forward), backward: new SortedStrings(backward) });
    }
  }

  /** Prefix (tiers 0–1), substring (up to 3), words in any order (4), one typo (5). */
  readonly stages: SearchStage[] = [
    { maxTier: 1, candidates: (q) => this.prefixed(q) },
    { maxTier: SUBSTRING_TIER, candidates: (q) => this.containing(q) },
    { maxTier: ANY_ORDER_TIER, candidates: (q) => this.startingEachWord(q) },
    { maxTier: TYPO_TIER, candidates: (q) => this.oneEditAway(q) },
  ];

  private *of(lists: Iterable<number[]>): Generator<SearchCandidate> {
    for (const list of lists) for (const i of list) yield this.nodes[i];
  }

  private prefixed({ compact }: SearchText) {
    return this.of([...this.compact.withPrefix(compact)].map(([, nodes]) => nodes));
  }

  /** A key containing q contains each of q's trigrams (or q itself, when shorter): the rarest one narrows most. */
  private containing({ compact }: SearchText) {
    let rarest: number[] = [];
    for (let i = 0; i + Math.min(GRAM, compact.length) <= compact.length; i++) {
      const list = this.grams.get(compact.slice(i, i + Math.min(GRAM, compact.length))) ?? [];
      if (i === 0 || list.length < rarest.length) rarest = list;
      if (rarest.length === 0) break;
    }
    return this.of([rarest]);
  }

  /**
   * A node matching in any order has, for every query word, a word starting with it: the nodes of the query word
   * that starts the fewest words' postings are enough (the ranking checks the others). Longer words go first, as they
   * are usually the rarer, so a short one ("a") stops counting as soon as it is no better.
   */
  private startingEachWord({ spaced }: SearchText) {
    const queryWords = spaced.split(" ");
    if (queryWords.length < 2) return [];
    let rarest: number[][] = [];
    let fewest = Infinity;
    for (const word of [...new Set(queryWords)].sort((a, b) => b.length - a.length)) {
      const lists: number[][] = [];
      let count = 0;
      for (const [, nodes] of this.words.withPrefix(word)) {
        lists.push(nodes);
        count += nodes.length;
        if (count >= fewest) break;
      }
      if (count < fewest) [rarest, fewest] = [lists, count];
      if (fewest === 0) break;
    }
    return this.of(rarest);
  }

  /**
   * A string one edit from q either starts with q's first half or ends with what follows the
   * character after it (an edit, swaps included, cannot touch both), and is at most one longer or shorter.
   */
  private oneEditAway({ compact: q }: SearchText) {
    if (q.length < TYPO_MIN_LENGTH) return [];
    const half = Math.floor(q.length / 2);
    const [head, tail] = [q.slice(0, half), reverse(q.slice(half + 1))];
    const reversed = reverse(q);
    const lists: number[][] = [];
    for (let length = q.length - 1; length <= q.length + 1; length++) {
      const bucket = this.typo.get(length);
      if (!bucket) continue;
      for (const [s, nodes] of bucket.forward.withPrefix(head)) if (withinOneEdit(s, q)) lists.push(nodes);
      for (const [s, nodes] of bucket.backward.withPrefix(tail)) if (withinOneEdit(s, reversed)) lists.push(nodes);
    }
    return this.of(lists);
  }
}
