// A 1k synthetic graph (hubs, aliases, acronyms) in both stores: search and paths must agree,
// which holds the full-text candidates and the bidirectional path search to the same answers.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { writeSeed } from "@/lib/graph/neo4j/write-seed";
import type { GraphStore, PathQuery } from "@/lib/graph/types";
import { generateSyntheticSeed } from "@/scripts/seed-synthetic";
import { connectTestNeo4j, neo4jStoreFor } from "../support/neo4j";

const seed = generateSyntheticSeed({ nodes: 1000, seed: 3 });
/** A few hundred queries each: seconds on a quiet machine, minutes on a shared and busy one. */
const LOADED_MACHINE_MS = 300_000;
let driver: Driver;
let memory: GraphStore;
let neo: GraphStore;

beforeAll(async () => {
  driver = await connectTestNeo4j();
  await writeSeed(driver, env().NEO4J_DATABASE, seed, () => undefined);
  memory = new MemoryStore(seed);
  neo = neo4jStoreFor(driver, 30_000);
});
afterAll(() => driver?.close());

/** A fixed pseudo-random sequence, so every run asks the same questions. */
function picker(start: number) {
  let x = start;
  return <T>(xs: readonly T[]): T => xs[(x = (x * 1103515245 + 12345) % 2 ** 31) % xs.length];
}

describe("embedded store and Neo4j on a 1k synthetic graph", () => {
  it("rank search identically: names, prefixes, inner parts, aliases, words in any order and one-typo variants", async () => {
    const pick = picker(11);
    const queries = new Set(["a", "e", "7b", "pro", "model", "instruct", "insturct", "vsiion", "chat", "zzzq", "a b", "pro 7b", "instruct a"]);
    for (let i = 0; i < 25; i++) {
      const node = pick(seed.nodes);
      const word = pick(node.name.split(" ")).toLowerCase();
      const at = Math.min(2, word.length - 1);
      queries.add(node.name).add(node.name.slice(0, 3)).add(node.name.slice(2, 8)).add(node.aliases[0] ?? word);
      const words = node.name.toLowerCase().split(" ");
      queries.add([...words].reverse().join(" ")).add([...words].reverse().map((w) => w.slice(0, 2)).join(" "));
      queries.add(word.slice(0, at) + word.slice(at + 1)).add(word.slice(0, at) + "x" + word.slice(at)).add(word.slice(0, at) + (word[at + 1] ?? "") + word[at] + word.slice(at + 2));
    }
    let nonEmpty = 0;
    for (const q of queries) {
      const expected = await memory.search({ q, limit: 20 });
      if (expected.length > 0) nonEmpty++;
      expect(await neo.search({ q, limit: 20 }), q).toEqual(expected);
      expect(await neo.search({ q, limit: 3 }), q).toEqual(expected.slice(0, 3));
    }
    expect(nonEmpty).toBeGreaterThan(100);
  }, LOADED_MACHINE_MS);

  it("find identical paths, shortest and all, directed and by type", async () => {
    const pick = picker(5);
    const ids = seed.nodes.map((n) => n.id);
    const settings: Partial<PathQuery>[] = [
      { mode: "shortest", directed: false, maxHops: 6, limit: 10 },
      { mode: "shortest", directed: true, maxHops: 6, limit: 10 },
      { mode: "shortest", directed: false, maxHops: 5, limit: 5, types: ["IS_A", "BUILT_ON", "DEVELOPED_BY"] },
      { mode: "all", directed: false, maxHops: 3, limit: 5 },
    ];
    let nonEmpty = 0;
    for (let i = 0; i < 80; i++) {
      const q = { from: pick(ids), to: pick(ids), ...settings[i % settings.length] } as PathQuery;
      const expected = await memory.paths(q);
      if (expected.length > 0) nonEmpty++;
      expect(await neo.paths(q), JSON.stringify(q)).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(40);
  }, LOADED_MACHINE_MS);

  it("keep the same best-connected overview", async () => {
    expect(await neo.graph({ limit: 150 })).toEqual(await memory.graph({ limit: 150 }));
    expect(await neo.graph({ limit: 100, kinds: ["Model", "Task"] })).toEqual(await memory.graph({ limit: 100, kinds: ["Model", "Task"] }));
  });
});
