// The curated graph itself, loaded into both stores: every answer must be identical.
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { GraphStore, PathQuery } from "@/lib/graph/types";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { glance } from "@/lib/graph/insights/glance";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import { forceLayout } from "@/lib/layout/force";
import { hierarchyLayout } from "@/lib/layout/hierarchy";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";

const SEED_DIR = path.join(__dirname, "../../graph-seed");
const seed = loadSeed(SEED_DIR);
let driver: Driver;
let memory: GraphStore;
let neo: GraphStore;

beforeAll(async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, SEED_DIR);
  memory = new MemoryStore(seed);
  neo = neo4jStoreFor(driver);
});
afterAll(() => driver?.close());

/** A fixed pseudo-random sequence, so the sampled pairs are the same on every run. */
function* lcg(seedValue: number) {
  let x = seedValue;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x;
  }
}

describe("embedded store and Neo4j on the curated graph", () => {
  it("serve the identical graph", async () => {
    expect(await neo.counts()).toEqual(await memory.counts());
    expect(await neo.graph({ limit: 2000 })).toEqual(await memory.graph({ limit: 2000 }));
    expect(await neo.graph({ limit: 40, kinds: ["Model", "Product", "Category"] })).toEqual(
      await memory.graph({ limit: 40, kinds: ["Model", "Product", "Category"] }),
    );
  });

  it("give the identical layouts, which are computed from the graph each serves", async () => {
    const [a, b] = [await memory.graph({ limit: 5000 }), await neo.graph({ limit: 5000 })];
    expect(await forceLayout(b)).toEqual(await forceLayout(a));
    expect(await hierarchyLayout(b)).toEqual(await hierarchyLayout(a));
  }, 60_000);

  it("serve identical details for every node", async () => {
    for (const node of seed.nodes) expect(await neo.node(node.id), node.id).toEqual(await memory.node(node.id));
  });

  it("rank search identically", async () => {
    const reversed = (name: string) => name.split(" ").reverse().join(" ");
    const queries = seed.nodes.flatMap((n) => [n.name, n.name.slice(0, 3), ...n.aliases.slice(0, 1), reversed(n.name)]);
    queries.push("genai", "llm", "difusion", "transfomer", "chatgtp", "model", "dall-e", "image gen");
    queries.push("image understanding", "understanding image", "chart underst", "generation music", "model language", "ai gen");
    for (const q of queries) expect(await neo.search({ q, limit: 10 }), q).toEqual(await memory.search({ q, limit: 10 }));
  });

  it("find a task by its words in any order, without its 'and'", async () => {
    for (const store of [memory, neo]) {
      for (const q of ["image understanding", "understanding image", "chart underst"]) {
        expect((await store.search({ q, limit: 10 }))[0], `${store.backend}: ${q}`).toMatchObject({ id: "image-understanding" });
      }
      expect((await store.search({ q: "generation music", limit: 10 }))[0], store.backend).toMatchObject({ id: "music-generation" });
    }
  });

  it("find identical paths for a few hundred node pairs", async () => {
    const ids = seed.nodes.map((n) => n.id);
    const random = lcg(42);
    const next = () => ids[random.next().value! % ids.length];
    const settings: Partial<PathQuery>[] = [
      { mode: "shortest", directed: false, maxHops: 6, limit: 10 },
      { mode: "shortest", directed: true, maxHops: 6, limit: 10 },
      { mode: "shortest", directed: false, maxHops: 4, limit: 5, types: ["IS_A", "USES_ARCHITECTURE", "BUILT_ON"] },
      { mode: "all", directed: false, maxHops: 3, limit: 5 },
    ];
    let nonEmpty = 0;
    for (let i = 0; i < 320; i++) {
      const q = { from: next(), to: next(), ...settings[i % settings.length] } as PathQuery;
      const expected = await memory.paths(q);
      if (expected.length > 0) nonEmpty++;
      expect(await neo.paths(q), JSON.stringify(q)).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it("compare and recommend identically", async () => {
    const pairs = [
      ["large-language-model", "generative-ai"],
      ["gpt-4", "midjourney"],
      ["chatgpt", "stable-diffusion"],
      ["transformer", "diffusion-model"],
    ];
    for (const [a, b] of pairs) expect(await compareConcepts(neo, a, b), `${a} vs ${b}`).toEqual(await compareConcepts(memory, a, b));
    for (const id of ["gpt-4", "large-language-model", "generative-ai", "midjourney", "chatgpt"]) {
      expect(await glance(neo, id), id).toEqual(await glance(memory, id));
    }
    for (const task of seed.nodes.filter((n) => n.kind === "Task")) {
      expect(await recommendForTask(neo, task.id), task.id).toEqual(await recommendForTask(memory, task.id));
    }
  });
});
