import { vi } from "vitest";
import { exportSuite } from "./export";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "memory");
vi.stubEnv("GRAPH_SEED_DIR", CONTRACT_SEED_DIR);
exportSuite("memory");
