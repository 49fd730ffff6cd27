import type { Driver } from "neo4j-driver";
import { afterAll } from "vitest";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { CONTRACT_SEED_DIR, storeContract } from "./store-contract";

let driver: Driver | undefined;
afterAll(() => driver?.close());

storeContract("neo4j", async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
  return neo4jStoreFor(driver);
});
