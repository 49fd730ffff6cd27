import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { ask } from "@/lib/graph/ask/ask";
const store = new MemoryStore(loadSeed(process.env.SEED ?? "graph-seed"));
for (const q of process.argv.slice(2)) { const t = Date.now(); const r = await ask(store, q); console.log(`${q}\n  [${r.interpretation.form} ${r.interpretation.concepts.map(c=>c.id).join(",")}] ${r.answer.verdict ?? "-"}: ${r.answer.text}  items=${r.answer.items.map(i=>i.id).slice(0,6).join(",")} (${Date.now()-t}ms)`); }
