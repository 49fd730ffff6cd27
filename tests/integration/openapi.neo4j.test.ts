import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, vi } from "vitest";
import { connectTestNeo4j, seedTestNeo4j } from "../support/neo4j";
import { openApiSuite } from "./openapi";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "neo4j");
let driver: Driver;
beforeAll(async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
});
afterAll(async () => {
  await driver?.close();
  await (globalThis as { neo4jDriver?: Driver }).neo4jDriver?.close();
});
openApiSuite("neo4j");
