import { vi } from "vitest";
import { apiRouteSuite } from "./api-routes";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "memory");
vi.stubEnv("GRAPH_SEED_DIR", CONTRACT_SEED_DIR);
apiRouteSuite("memory");
