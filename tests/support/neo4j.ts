// Access to the real Neo4j the test run started (npm run neo4j:start); never a mock.
import type { Driver } from "neo4j-driver";
import { env, neo4jUri } from "@/lib/env";
import { createDriver } from "@/lib/graph/neo4j/create-driver";
import { Neo4jStore } from "@/lib/graph/neo4j/neo4j-store";
import { writeSeed } from "@/lib/graph/neo4j/write-seed";
import { loadSeed } from "@/lib/graph/seed/load-seed";

export async function connectTestNeo4j(): Promise<Driver> {
  const e = env();
  const driver = createDriver(e);
  try {
    await driver.verifyConnectivity({ database: e.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    throw new Error(`Neo4j is not reachable at ${neo4jUri(e)}; start it with npm run neo4j:start (${String(error)})`);
  }
  return driver;
}

export const seedTestNeo4j = (driver: Driver, dir: string) => writeSeed(driver, env().NEO4J_DATABASE, loadSeed(dir), () => undefined);

export const neo4jStoreFor = (driver: Driver, timeoutMs = 10_000) =>
  new Neo4jStore({ driver, database: env().NEO4J_DATABASE, timeoutMs });
