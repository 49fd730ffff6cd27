// The indexed search must answer exactly what ranking every node would: checked against a full
// scan on a synthetic graph, with names, prefixes, inner substrings, aliases and one-typo variants.
import { describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { compareHits, rankKeys, searchKeys, spacedKey } from "@/lib/graph/search-rank";
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

describe("indexed search on the embedded store", () => {
  const seed = generateSyntheticSeed({ nodes: 1000, seed: 7 });
  const store = new MemoryStore(seed);

  it("equals a scan of every node, typos included", async () => {
    const queries = new Set(["a", "e", "7b", "x", "ae", "model", "gen ai", "DALL·E", "pro", "zzzq", "·-·", "chta", "lm"]);
    for (const node of seed.nodes.filter((_, i) => i % 61 === 0)) {
      queries.add(node.name);
      for (const alias of node.aliases) queries.add(alias);
      for (const word of node.name.split(" ").filter((w) => w.length >= 3)) for (const v of variants(word.toLowerCase())) queries.add(v);
    }
    let withTypo = 0;
    for (const q of queries) {
      const all = scan(seed, q, 50);
      for (const limit of [1, 10, 50]) expect(await store.search({ q, limit }), `${q} (limit ${limit})`).toEqual(all.slice(0, limit));
      if (all.length > 0 && all.length < 50) withTypo++;
    }
    expect(queries.size).toBeGreaterThan(300);
    expect(withTypo).toBeGreaterThan(100);
  }, 60_000);
});
