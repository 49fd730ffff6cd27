// The indexed search must answer exactly what ranking every node would: checked against a full
// scan on a synthetic graph, with names, prefixes, inner substrings, aliases, words in another order and
// one-typo variants.
import { describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { SearchIndex } from "@/lib/graph/memory/search-index";
import { ANY_ORDER_TIER, compareHits, rankKeys, searchKeys, spacedKey } from "@/lib/graph/search-rank";
import type { Seed } from "@/lib/graph/seed/seed-types";
import { generateSyntheticSeed } from "@/scripts/seed-synthetic";

function scan(seed: Seed, q: string, limit: number) {
  const query = spacedKey(q);
  return seed.nodes
    .flatMap((n) => {
      const ranked = query.replaceAll(" ", "") === "" ? null : rankKeys(query, searchKeys(n.name, n.aliases));
      if (!ranked) return [];
      const matched = ranked.matchedIndex === 0 ? n.name : n.aliases[ranked.matchedIndex - 1];
      return [{ id: n.id, name: n.name, kind: n.kind, matched, tier: ranked.tier }];
    })
    .sort(compareHits)
    .slice(0, limit)
    .map(({ tier: _tier, ...hit }) => hit);
}

function* variants(word: string): Generator<string> {
  yield word;
  yield word.slice(0, 3);
  yield word.slice(1, -1);
  for (let i = 0; i < word.length; i++) {
    yield word.slice(0, i) + word.slice(i + 1); // deletion
    yield word.slice(0, i) + "x" + word.slice(i + 1); // substitution
    yield word.slice(0, i) + "q" + word.slice(i); // insertion
    if (i + 1 < word.length) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap
  }
}

/** The name's words in another order, whole and cut to their starts, and with one word's inside. */
function* reordered(name: string): Generator<string> {
  const words = spacedKey(name).split(" ");
  if (words.length < 2) return;
  yield [...words].reverse().join(" ");
  yield [...words].reverse().map((w) => w.slice(0, 2)).join(" ");
  yield [words[words.length - 1], words[0].slice(0, 1)].join(" ");
  yield [words[words.length - 1], words[0].slice(1)].join(" "); // inside a word: not the any-order tier
}

describe("indexed search on the embedded store", () => {
  const seed = generateSyntheticSeed({ nodes: 1000, seed: 7 });
  const store = new MemoryStore(seed);

  it("equals a scan of every node, typos included", async () => {
    const queries = new Set(["a", "e", "7b", "x", "ae", "model", "gen ai", "DALL·E", "pro", "zzzq", "·-·", "chta", "lm", "a b", "b a", "e e", "pro 7b", "instruct a"]);
    for (const node of seed.nodes.filter((_, i) => i % 61 === 0)) {
      queries.add(node.name);
      for (const alias of node.aliases) queries.add(alias);
      for (const q of reordered(node.name)) queries.add(q);
      for (const word of node.name.split(" ").filter((w) => w.length >= 3)) for (const v of variants(word.toLowerCase())) queries.add(v);
    }
    let withTypo = 0;
    let anyOrder = 0;
    for (const q of queries) {
      const all = scan(seed, q, 50);
      for (const limit of [1, 10, 50]) expect(await store.search({ q, limit }), `${q} (limit ${limit})`).toEqual(all.slice(0, limit));
      if (all.length > 0 && all.length < 50) withTypo++;
      if (all.some((hit) => rankKeys(spacedKey(q), searchKeys(hit.name, []))?.tier === ANY_ORDER_TIER)) anyOrder++;
    }
    expect(queries.size).toBeGreaterThan(300);
    expect(withTypo).toBeGreaterThan(100);
    expect(anyOrder).toBeGreaterThan(30);
  }, 60_000);

  it("looks words in any order up in its word index, not by scanning every node", () => {
    const index = new SearchIndex(seed.nodes);
    const anyOrder = index.stages.find((stage) => stage.maxTier === ANY_ORDER_TIER)!;
    const candidates = (q: string) => {
      const spaced = spacedKey(q);
      return [...anyOrder.candidates({ spaced, compact: spaced.replaceAll(" ", "") }) as Iterable<{ id: string }>];
    };
    const named = seed.nodes.filter((n) => n.name.includes(" ")).slice(0, 20);
    for (const node of named) {
      const found = candidates([...spacedKey(node.name).split(" ")].reverse().join(" "));
      expect(found.map((c) => c.id), node.name).toContain(node.id);
      expect(found.length, node.name).toBeLessThan(seed.nodes.length / 4);
    }
    expect(candidates("model")).toEqual([]); // one word: the word tier's, found by the earlier stages
  });
});
