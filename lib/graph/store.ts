import "server-only";
import path from "node:path";
import { env } from "../env";
import { MemoryStore } from "./memory/memory-store";
import { getDriver } from "./neo4j/driver";
import { Neo4jStore } from "./neo4j/neo4j-store";
import { OutageBreaker } from "./neo4j/outage-breaker";
import { loadSeed } from "./seed/load-seed";
import type { GraphStore } from "./types";

/** After a failed connection, how long reads answer 503 at once; short enough that recovery is noticed quickly. */
const OUTAGE_FAIL_FAST_MS = 1500;

const globalForStore = globalThis as unknown as { graphStore?: GraphStore };

function createStore(): GraphStore {
  const e = env();
  if (e.backend === "neo4j") {
    return new Neo4jStore({
      driver: getDriver(),
      database: e.NEO4J_DATABASE,
      timeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      breaker: new OutageBreaker(OUTAGE_FAIL_FAST_MS),
    });
  }
  return new MemoryStore(loadSeed(path.resolve(e.GRAPH_SEED_DIR)));
}

/** One store per process: the seed is read and validated once, the driver created once. */
export function getStore(): GraphStore {
  globalForStore.graphStore ??= createStore();
  return globalForStore.graphStore;
}
