// Access to the real Neo4j the test run started (npm run neo4j:start); never a mock.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
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

/**
 * For suites that call the route handlers on Neo4j: the test Neo4j seeded with `dir` before the suite, and both the
 * test's driver and the app's own (cached on globalThis by lib/graph/neo4j/driver.ts) closed after it.
 */
export function routesOnSeededNeo4j(dir: string): void {
  let driver: Driver;
  beforeAll(async () => {
    driver = await connectTestNeo4j();
    await seedTestNeo4j(driver, dir);
  });
  afterAll(async () => {
    await driver?.close();
    await (globalThis as { neo4jDriver?: Driver }).neo4jDriver?.close();
  });
}
