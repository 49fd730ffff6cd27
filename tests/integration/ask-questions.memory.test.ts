import path from "node:path";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { askQuestionSuite } from "./ask-questions";

const store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
askQuestionSuite("the embedded store", () => store);
