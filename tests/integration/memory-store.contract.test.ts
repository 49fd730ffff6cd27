import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { CONTRACT_SEED_DIR, storeContract } from "./store-contract";

storeContract("memory", async () => new MemoryStore(loadSeed(CONTRACT_SEED_DIR)));
