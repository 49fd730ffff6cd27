// The exhaustive consistency suite on a real Neo4j loaded with the curated seed, and every judgement
// it makes compared with the embedded store's: the reasoning layer reads both through one interface.
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { judge } from "@/lib/graph/reasoning/judge";
import { Knowledge } from "@/lib/graph/reasoning/knowledge";
import type { Claim } from "@/lib/graph/reasoning/claims";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { GraphStore } from "@/lib/graph/types";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { consistencySuite, type Holdings } from "./consistency";

const seedDir = path.join(__dirname, "../../graph-seed");
let driver: Driver;
let store: GraphStore;
beforeAll(async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, seedDir);
  store = neo4jStoreFor(driver);
});
afterAll(() => driver?.close());

/** The embedded store's judgement of every pair the Neo4j run judged. */
async function memoryHoldings(keys: Iterable<string>): Promise<Holdings> {
  const memory = new MemoryStore(loadSeed(seedDir));
  const k = new Knowledge(memory);
  const out: Holdings = new Map();
  for (const key of keys) {
    const [subject, claim, object] = key.split("|");
    out.set(key, (await judge(k, subject, claim as Claim, object)).holding);
  }
  return out;
}

const judged = consistencySuite("Neo4j", () => store, () => memoryHoldings(judged.keys()));
