import path from "node:path";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { consistencySuite } from "./consistency";

const store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
consistencySuite("the embedded store", () => store);
