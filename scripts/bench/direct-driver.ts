// The baseline: the Neo4j store's own Cypher, run with neo4j-driver straight from this process,
// with N concurrent async loops for the same duration as the HTTP load.
import neo4j, { type Driver } from "neo4j-driver";
import { DEFAULT_MAX_HOPS, DEFAULT_PATH_LIMIT, DEFAULT_SEARCH_LIMIT } from "../../lib/graph/limits";
import { env } from "../../lib/env";
import { fulltextStages } from "../../lib/graph/neo4j/fulltext";
import * as Q from "../../lib/graph/neo4j/queries";
import { toNative } from "../../lib/graph/neo4j/to-native";
import { stagedSearch, type SearchCandidate } from "../../lib/graph/search-stages";
import { FailureTally, summarise, type LoadStats } from "./stats";
import type { Endpoint, Workload } from "./workload";

type Op = (driver: Driver, i: number) => Promise<void>;

/** One request's worth of Cypher per endpoint: the same statements, in the same order, as Neo4jStore. */
export function directOp(w: Workload, endpoint: Endpoint): Op {
  const { NEO4J_DATABASE: database, NEO4J_QUERY_TIMEOUT_MS: timeout } = env();
  const read = (driver: Driver, cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database, transactionConfig: { timeout } });
  switch (endpoint) {
    case "details":
      return async (d, i) => void (await read(d, Q.NODE_DETAIL, { id: w.ids[i % w.ids.length] }));
    case "paths":
      return async (d, i) => {
        const { from, to } = w.pairs[i % w.pairs.length];
        await read(d, Q.ENDPOINTS, { from, to });
        await read(d, Q.shortestPaths(undefined, false, DEFAULT_MAX_HOPS), { from, to, limit: neo4j.int(DEFAULT_PATH_LIMIT) });
      };
    case "search":
      // The candidates' look-ups and the shared ranking, as Neo4jStore.search runs them.
      return async (d, i) => {
        const candidates = async (query: string) =>
          (await read(d, Q.SEARCH_CANDIDATES, { query })).records.map((r) => toNative(r.toObject()) as SearchCandidate);
        await stagedSearch(w.searches[i % w.searches.length], DEFAULT_SEARCH_LIMIT, fulltextStages(candidates));
      };
    case "graph":
      return async (d, i) => {
        const g = w.graphs[i % w.graphs.length];
        const { records } = await read(d, Q.GRAPH_NODES, { kinds: g.kinds ?? null, limit: neo4j.int(g.limit) });
        const ids = (records[0].get("nodes") as { id: string }[]).map((n) => n.id);
        // As the store does: the rank index when no kind filter applies.
        if (g.kinds) await read(d, Q.graphRelationships(g.types), { ids });
        else await read(d, Q.rankedRelationships(g.types), { limit: neo4j.int(g.limit) });
      };
  }
}

export async function directLoad(driver: Driver, op: Op, concurrency: number, seconds: number): Promise<LoadStats> {
  const latencies: number[] = [];
  const failures = new FailureTally();
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await op(driver, next++);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        failures.add(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarise(latencies, (performance.now() - started) / 1000, errors, 0, failures.list());
}
