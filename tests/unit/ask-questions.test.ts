// The articles' questions on the embedded store, also run here because it is cheap; the integration
// suite runs the same list on the embedded store and on Neo4j.
import path from "node:path";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { askQuestionSuite } from "../integration/ask-questions";

const store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
askQuestionSuite("the embedded store (unit)", () => store);
