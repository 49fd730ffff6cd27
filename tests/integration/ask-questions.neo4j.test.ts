// The same questions on a real Neo4j loaded with the curated seed, as in neo4j-equivalence.test.ts.
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import type { GraphStore } from "@/lib/graph/types";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { askQuestionSuite } from "./ask-questions";

let driver: Driver;
let store: GraphStore;
beforeAll(async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, path.join(__dirname, "../../graph-seed"));
  store = neo4jStoreFor(driver);
});
afterAll(() => driver?.close());
askQuestionSuite("Neo4j", () => store);
