import { vi } from "vitest";
import { routesOnSeededNeo4j } from "../support/neo4j";
import { openApiSuite } from "./openapi";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "neo4j");
routesOnSeededNeo4j(CONTRACT_SEED_DIR);
openApiSuite("neo4j");
