import { vi } from "vitest";
import { openApiSuite } from "./openapi";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "memory");
vi.stubEnv("GRAPH_SEED_DIR", CONTRACT_SEED_DIR);
openApiSuite("memory");
