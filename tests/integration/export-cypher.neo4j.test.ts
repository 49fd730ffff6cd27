// The Cypher export run in an emptied Neo4j recreates what the seed loader wrote: the same stored properties, and the
// same answers from the store. The database is reseeded afterwards, as the other Neo4j test files expect to find it.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { cypher } from "@/lib/export/cypher";
import { readExport } from "@/lib/export/read-export";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import * as S from "@/lib/graph/neo4j/seed-queries";
import { fingerprint } from "@/lib/graph/neo4j/seed-rows";
import { toNative } from "@/lib/graph/neo4j/to-native";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { GraphStore } from "@/lib/graph/types";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { CONTRACT_SEED_DIR } from "./store-contract";

let driver: Driver;
const database = () => env().NEO4J_DATABASE;
const run = (cypherText: string) => driver.executeQuery(cypherText, {}, { database: database(), routing: neo4j.routing.WRITE });
const rows = async (cypherText: string) => (await run(cypherText)).records.map((r) => toNative(r.toObject()) as Record<string, unknown>);

async function script(store: GraphStore): Promise<string> {
  let text = "";
  for await (const piece of cypher(await readExport(store, {}))) text += piece;
  return text;
}

/** The statements of a script as cypher-shell splits them: at a semicolon that ends a line (strings never hold a raw newline). */
const statements = (text: string) =>
  text
    .split(/;\n/)
    .map((s) => s.split("\n").filter((line) => !line.startsWith("//")).join("\n").trim())
    .filter(Boolean);

/** Everything the database holds: our nodes and relationships with all their properties, sources, schema names. */
async function snapshot() {
  const stored = async (q: string) =>
    (await rows(q)).map((r) => fingerprint(r.props as Record<string, unknown>, r.labels as string[])).sort();
  return {
    nodes: await stored(S.EXISTING_NODES),
    relationships: await stored(S.EXISTING_RELS),
    sources: await rows("MATCH (s:Source) RETURN s.id AS id, s.title AS title ORDER BY id"),
    constraints: (await rows("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")).map((r) => r.name),
    indexes: (await rows("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name")).map((r) => r.name),
  };
}

/** A sample of the contract's questions, answered by the store. */
async function answers(store: GraphStore) {
  return {
    counts: await store.counts(),
    graph: await store.graph({ limit: 2000 }),
    overview: await store.graph({ limit: 5 }),
    filtered: await store.graph({ kinds: ["Category", "Model"], types: ["IS_A"], limit: 2000 }),
    node: await store.node("gpt-4"),
    search: await store.search({ q: "genai", limit: 5 }),
    typo: await store.search({ q: "dalle", limit: 5 }),
    paths: await store.paths({ from: "gpt-4", to: "generative-ai", directed: false, maxHops: 6, mode: "all", limit: 5 }),
    ancestors: await store.ancestors("gpt-4"),
    descendants: await store.descendants("generative-ai", 10),
  };
}

async function emptyDatabase() {
  await run("MATCH (n) DETACH DELETE n");
  for (const { name } of await rows("SHOW CONSTRAINTS YIELD name RETURN name")) await run(`DROP CONSTRAINT \`${String(name)}\``);
  for (const { name } of await rows("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await run(`DROP INDEX \`${String(name)}\``);
}

describe("the Cypher export on a real Neo4j", () => {
  beforeAll(async () => {
    driver = await connectTestNeo4j();
  });
  afterAll(async () => {
    await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
    await driver?.close();
  });

  it("recreates in an empty database what the seed loader writes, with the same answers", async () => {
    await emptyDatabase();
    await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
    const store = neo4jStoreFor(driver);
    const loaded = { snapshot: await snapshot(), answers: await answers(store) };
    const text = await script(store);
    // Both stores export the same script.
    expect(await script(new MemoryStore(loadSeed(CONTRACT_SEED_DIR)))).toBe(text);

    await emptyDatabase();
    expect(await rows("MATCH (n) RETURN count(n) AS n")).toEqual([{ n: 0 }]);
    expect((await snapshot()).constraints).toEqual([]);
    for (const statement of statements(text)) await run(statement);

    expect(await snapshot()).toEqual(loaded.snapshot);
    expect(await answers(store)).toEqual(loaded.answers);

    // Running it again changes nothing (MERGE on ids).
    for (const statement of statements(text)) await run(statement);
    expect(await snapshot()).toEqual(loaded.snapshot);
  }, 240_000);
});
