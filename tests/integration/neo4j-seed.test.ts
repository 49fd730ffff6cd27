import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { seedRows } from "@/lib/graph/neo4j/seed-rows";
import { writeSeed } from "@/lib/graph/neo4j/write-seed";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { Seed } from "@/lib/graph/seed/seed-types";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { CONTRACT_SEED_DIR } from "./store-contract";

const run = promisify(execFile);
const root = path.join(__dirname, "../..");
let driver: Driver;
const db = () => env().NEO4J_DATABASE;
const cypher = async (q: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(q, params, { database: db() })).records.map((r) => r.toObject());
const write = (seed: Seed) => writeSeed(driver, db(), seed, () => undefined);
/** Nodes store their degree, so a node whose relationships change is updated too. */
const degree = (seed: Seed, id: string) => seed.relationships.filter((r) => r.from === id || r.to === id).length;
const degreeChanged = (before: Seed, after: Seed) => after.nodes.filter((n) => before.nodes.some((b) => b.id === n.id) && degree(before, n.id) !== degree(after, n.id)).map((n) => n.id);

/** Relationships whose later end moved in the degree order: their stored viewRank changes (seed-rows.ts). */
const viewRankChanged = (before: Seed, after: Seed) => {
  const rankBefore = new Map(seedRows(before).relationships.map((r) => [r.id, r.props.viewRank]));
  return seedRows(after).relationships.filter((r) => rankBefore.has(r.id) && rankBefore.get(r.id) !== r.props.viewRank).length;
};

/** The database seen through the store equals the seed seen through the embedded store, whole and as overviews. */
async function expectDatabaseEquals(seed: Seed) {
  for (const limit of [20000, 7, 3]) {
    const expected = await new MemoryStore(seed).graph({ limit });
    expect(await neo4jStoreFor(driver).graph({ limit })).toEqual(expected);
  }
}

beforeAll(async () => {
  driver = await connectTestNeo4j();
});
afterAll(() => driver?.close());

describe("seed loader", () => {
  it("creates the graph, then a second run creates, updates and deletes nothing", async () => {
    await cypher("MATCH (n:Concept) DETACH DELETE n");
    const seed = loadSeed(CONTRACT_SEED_DIR);
    const first = await write(seed);
    expect(first.nodes).toEqual({ created: 17, updated: 0, deleted: 0, unchanged: 0 });
    expect(first.relationships).toEqual({ created: 25, updated: 0, deleted: 0, unchanged: 0 });
    const second = await write(seed);
    expect(second.nodes).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 17 });
    expect(second.relationships).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 25 });
    await expectDatabaseEquals(seed);
  });

  it("makes the database equal to a changed seed: updates, removals, a changed kind", async () => {
    const seed = loadSeed(CONTRACT_SEED_DIR);
    await write(seed);
    const changed: Seed = {
      ...seed,
      nodes: seed.nodes
        .filter((n) => !n.id.startsWith("island"))
        .map((n) => (n.id === "openai" ? { ...n, summary: "Changed.", facts: { founded: 2015 } } : n.id === "gpt-4o" ? { ...n, kind: "Product" } : n)),
      relationships: seed.relationships.filter((r) => !r.from.startsWith("island") && r.type !== "ACCEPTS"),
    };
    const summary = await write(changed);
    const updated = new Set(["openai", "gpt-4o", ...degreeChanged(seed, changed)]);
    expect(updated.size).toBeGreaterThan(2);
    expect(summary.nodes).toMatchObject({ created: 0, updated: updated.size, deleted: 2 });
    expect(summary.relationships).toMatchObject({ created: 0, updated: viewRankChanged(seed, changed), deleted: 3 });
    await expectDatabaseEquals(changed);
    const [labels] = await cypher("MATCH (n:Concept {id: 'gpt-4o'}) RETURN labels(n) AS labels");
    expect((labels.labels as string[]).sort()).toEqual(["Concept", "Product"]);
    expect((await neo4jStoreFor(driver).node("openai")).node).toMatchObject({ summary: "Changed.", founded: 2015 });
    await write(seed);
    await expectDatabaseEquals(seed);
  });

  it("never touches nodes without our labels", async () => {
    await cypher("CREATE (:Foreign {id: 'gpt-4', marker: 'keep me'})");
    await write({ ...loadSeed(CONTRACT_SEED_DIR), nodes: [], relationships: [] });
    await write(loadSeed(CONTRACT_SEED_DIR));
    const [row] = await cypher("MATCH (f:Foreign {id: 'gpt-4'}) RETURN f.marker AS marker, count(*) AS n");
    expect(row.marker).toBe("keep me");
    await cypher("MATCH (f:Foreign) DELETE f");
    await expectDatabaseEquals(loadSeed(CONTRACT_SEED_DIR));
  });

  it("completes a partial load on the next run", async () => {
    const seed = loadSeed(CONTRACT_SEED_DIR);
    await cypher("MATCH (n:Concept) DETACH DELETE n");
    // What an interrupted run leaves: some batches written, the rest not.
    const partial = { ...seed, nodes: seed.nodes.slice(0, 9), relationships: seed.relationships.filter((r) => seed.nodes.slice(0, 9).some((n) => n.id === r.from) && seed.nodes.slice(0, 9).some((n) => n.id === r.to)) };
    await write(partial);
    await cypher("MATCH (n:Concept {id: 'gpt-4'}) SET n.summary = 'half written'");
    const summary = await write(seed);
    expect(summary.nodes.created).toBe(8);
    expect(summary.nodes.updated).toBe(new Set(["gpt-4", ...degreeChanged(partial, seed)]).size);
    await expectDatabaseEquals(seed);
  });

  it("stores labels, types and sources as the seed says", async () => {
    await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
    const [row] = await cypher(
      "MATCH (:Concept:Category {id: 'large-language-model'})-[r:IS_A]->(:Concept:Category {id: 'generative-ai'}) RETURN r.sourceIds AS ids, r.sourceSections AS sections",
    );
    expect(row).toEqual({ ids: ["alpha", "beta"], sections: ["", "FAQ"] });
    const constraints = await cypher("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(constraints[0].names).toEqual(expect.arrayContaining(["concept_id", "source_id"]));
    const indexes = await cypher("SHOW INDEXES YIELD name, state RETURN collect([name, state]) AS all");
    expect(indexes[0].all).toEqual(expect.arrayContaining([["concept_degree", "ONLINE"], ["concept_search", "ONLINE"]]));
    const seed = loadSeed(CONTRACT_SEED_DIR);
    const degrees = await cypher("MATCH (n:Concept) RETURN n.id AS id, n.degree AS degree");
    expect(Object.fromEntries(degrees.map((d) => [d.id, Number(d.degree)]))).toEqual(Object.fromEntries(seed.nodes.map((n) => [n.id, degree(seed, n.id)])));
  });

  it("npm run seed writes nothing when the seed is invalid", async () => {
    await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
    const bad = mkdtempSync(path.join(os.tmpdir(), "bad-seed-"));
    cpSync(CONTRACT_SEED_DIR, bad, { recursive: true });
    const rels = path.join(bad, "relationships.yaml");
    writeFileSync(rels, readFileSync(rels, "utf8") + "  - { from: gpt-4, type: IS_A, to: ghost-node, sources: [alpha] }\n");
    writeFileSync(path.join(bad, "extra.yaml"), "nodes:\n  - { id: brand-new, name: New, kind: Category, summary: New. }\n");
    const error = await run("npx", ["tsx", "scripts/seed.ts", bad], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('"to" refers to missing node "ghost-node"');
    const [row] = await cypher("MATCH (n:Concept {id: 'brand-new'}) RETURN count(n) AS n");
    expect(Number(row.n)).toBe(0);
    await expectDatabaseEquals(loadSeed(CONTRACT_SEED_DIR));
  });

  it("npm run seed prints progress and a summary", async () => {
    const { stdout } = await run("npx", ["tsx", "scripts/seed.ts", CONTRACT_SEED_DIR], { cwd: root });
    expect(stdout).toMatch(/Loading into bolt:\/\/|Loading into neo4j:\/\//);
    expect(stdout).toMatch(/nodes\s+created 0, updated 0, deleted 0, unchanged 17/);
    expect(stdout).toMatch(/relationships\s+created 0, updated 0, deleted 0, unchanged 25/);
  });
});
