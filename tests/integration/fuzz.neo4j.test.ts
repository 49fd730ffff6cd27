import { vi } from "vitest";
import { routesOnSeededNeo4j } from "../support/neo4j";
import { fuzzSuite } from "./fuzz";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "neo4j");
vi.stubEnv("PATH_RATE_LIMIT_PER_MIN", "0");
routesOnSeededNeo4j(CONTRACT_SEED_DIR);
fuzzSuite("neo4j");
