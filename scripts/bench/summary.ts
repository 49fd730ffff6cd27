// tsx scripts/bench/summary.ts [bench/results.json] — the results as Markdown tables (for docs/benchmarks.md).
import { readFileSync } from "node:fs";
import type { Result } from "./report";
import { ENDPOINTS } from "./workload";

const file = process.argv[2] ?? "bench/results.json";
const results = JSON.parse(readFileSync(file, "utf8")) as Result[];
const byName = new Map(results.map((r) => [r.name, r]));
const v = (name: string) => {
  const r = byName.get(name);
  if (!r) return "–";
  return r.value === null ? "n/a" : r.value.toLocaleString("en-US");
};
const ratio = (name: string) => {
  const r = byName.get(name);
  return r?.ratio === undefined ? "–" : `${r.ratio}×`;
};
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

const out: string[] = [];
const graphs = ["seed", "1k", "10k", "50k"].filter((g) => byName.has(`${g}.neo4j.load`));
const conns = [...new Set(results.map((r) => /\.c(\d+)\./.exec(r.name)?.[1]).filter(Boolean))].map(Number).sort((a, b) => a - b);

for (const g of graphs) {
  const rows: string[][] = [];
  for (const e of [...ENDPOINTS, "health"]) {
    for (const c of conns) {
      const m = `${g}.memory.${e}.c${c}`;
      const n = `${g}.neo4j.${e}.c${c}`;
      const d = `${g}.direct.${e}.c${c}`;
      if (!byName.has(`${m}.p99`) && !byName.has(`${n}.p99`)) continue;
      rows.push([
        e,
        String(c),
        v(`${m}.p50`), v(`${m}.p99`), v(`${m}.rps`), v(`${m}.errors`), v(`${m}.server-cpu`),
        v(`${n}.p50`), v(`${n}.p99`), v(`${n}.rps`), v(`${n}.errors`), v(`${n}.server-cpu`),
        v(`${d}.p50`), v(`${d}.p99`), ratio(`${n}.p99`), v(`${d}.errors`),
      ]);
    }
  }
  out.push(`#### API, ${g === "seed" ? "graph-seed/" : `${g} synthetic`} graph (ms, req/s)\n`);
  out.push(table(["endpoint", "conn", "mem p50", "mem p99", "mem req/s", "mem err", "mem CPU/req", "neo4j p50", "neo4j p99", "neo4j req/s", "neo4j err", "neo4j CPU/req", "direct p50", "direct p99", "API/direct p99", "direct err"], rows));
  out.push("");
}

const loadRows = graphs.map((g) => [g, v(`${g}.generate`), v(`${g}.neo4j.load`), v(`${g}.memory.load`)]);
out.push("#### Loading (ms)\n");
out.push(table(["graph", "generate YAML", "Neo4j: npm run seed", "embedded: next start → healthy"], loadRows));
out.push("");

const pageMetrics = ["first-render", "click-to-details", "path-highlight", "layout", "nodes-shown", "fps-pan-zoom", "js-heap", "longest-task-after-render", "expand", "load-all", "load-all-longest-task"];
const pageRows: string[][] = [];
for (const g of graphs) {
  for (const backend of ["memory", "neo4j"]) {
    const p = `${g}.${backend}.page`;
    if (!pageMetrics.some((m) => byName.has(`${p}.${m}`))) continue;
    pageRows.push([g, backend, ...pageMetrics.map((m) => v(`${p}.${m}`))]);
  }
}
out.push("#### Page in Chromium (ms unless noted)\n");
out.push(table(["graph", "store", "first render", "click → details", "path highlighted", "layout", "nodes shown", "FPS pan/zoom", "JS heap MiB", "longest task after render", "expand", "Load all", "longest task in Load all"], pageRows));
out.push("");
out.push(`JavaScript for \`/\`: ${v("page.js-gzip")} KiB on the wire in total (${v("page.js-gzip-initial")} KiB in the HTML's own script tags). ${byName.get("browser.webgl")?.note ?? ""}`);
const chunks = results.filter((r) => r.name.startsWith("page.js-chunk."));
if (chunks.length > 0) out.push(`\nEach script (KiB, gzip): ${chunks.map((r) => `${r.name.slice("page.js-chunk.".length)} ${r.value} (${r.note})`).join(", ")}.`);
out.push("");

const peer = results.filter((r) => r.name.startsWith("seed.peer.") || r.name === "peer.js-gzip");
if (peer.length > 0) {
  out.push("#### The peer: Neo4j Browser on the seed graph, same Neo4j, same Chromium\n");
  out.push(table(["figure", "value", "unit", "note"], peer.map((r) => [r.name, r.value === null ? "n/a" : String(r.value), r.unit, r.note ?? ""])));
  out.push("");
}

const soak = results.filter((r) => r.name.startsWith("soak."));
if (soak.length > 0) {
  out.push("#### Soak\n");
  out.push(table(["figure", "value", "unit", "note"], soak.map((r) => [r.name, r.value === null ? "n/a" : String(r.value), r.unit, r.note ?? ""])));
  out.push("");
}
const run = results.filter((r) => r.name.startsWith("run.") || r.name.startsWith("build."));
out.push(run.map((r) => `${r.name}: ${r.value} ${r.unit}`).join(" · "));
console.log(out.join("\n"));
