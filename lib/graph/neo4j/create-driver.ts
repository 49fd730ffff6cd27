import neo4j, { type Driver } from "neo4j-driver";
import type { Env } from "../../env";
import { neo4jUri } from "../../env";

/** Fails fast while the database is down (a few seconds, not the driver's 60 s default). */
export function createDriver(e: Env): Driver {
  return neo4j.driver(neo4jUri(e), neo4j.auth.basic(e.NEO4J_USER, e.NEO4J_PASSWORD), {
    connectionTimeout: e.NEO4J_CONNECT_TIMEOUT_MS,
    connectionAcquisitionTimeout: e.NEO4J_CONNECT_TIMEOUT_MS + 1000,
    maxTransactionRetryTime: 1000,
    // Well below the Bolt worker pool of scripts/neo4j (64): beyond it, requests queue here (bounded by
    // connectionAcquisitionTimeout) instead of being refused by the server or crowding a small machine's cores.
    maxConnectionPoolSize: e.NEO4J_MAX_POOL_SIZE,
    userAgent: "ai-concepts-explorer",
  });
}
