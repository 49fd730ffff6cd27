import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { ask } from "@/lib/graph/ask/ask";
import { ASK_CASES } from "../tests/fixtures/ask-questions";
import { MORE_ASK_CASES } from "../tests/fixtures/ask-questions-more";
const store = new MemoryStore(loadSeed("graph-seed"));
for (const c of [...ASK_CASES, ...MORE_ASK_CASES]) {
  const r = await ask(store, c.question);
  const got = { form: r.interpretation.form, concepts: r.interpretation.concepts.map((x) => x.id).join(","), verdict: r.answer.verdict, reading: r.interpretation.reading };
  const items = r.answer.items.map((i) => i.id);
  const bad: string[] = [];
  if (got.form !== c.form) bad.push(`form ${got.form}≠${c.form}`);
  if (got.concepts !== c.concepts.join(",")) bad.push(`concepts ${got.concepts}≠${c.concepts.join(",")}`);
  if (got.verdict !== c.verdict) bad.push(`verdict ${got.verdict}≠${c.verdict}`);
  if (c.reading && got.reading !== c.reading) bad.push(`reading ${got.reading}≠${c.reading}`);
  for (const i of c.items ?? []) if (!items.includes(i)) bad.push(`missing item ${i}`);
  for (const i of c.notItems ?? []) if (items.includes(i)) bad.push(`has item ${i}`);
  for (const m of c.mentions ?? []) if (!r.answer.text.toLowerCase().includes(m.toLowerCase())) bad.push(`no mention "${m}"`);
  if (bad.length) console.log(`✗ ${c.question}\n    ${bad.join("; ")}\n    → ${r.answer.text.slice(0, 300)}`);
}
