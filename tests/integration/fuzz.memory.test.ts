import { vi } from "vitest";
import { fuzzSuite } from "./fuzz";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "memory");
vi.stubEnv("GRAPH_SEED_DIR", CONTRACT_SEED_DIR);
vi.stubEnv("PATH_RATE_LIMIT_PER_MIN", "0");
fuzzSuite("memory");
