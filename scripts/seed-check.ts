// npm run seed:check [dir] [--scope-report] — validates a seed folder, with the curated graph's explicit-scope rule, and
// prints counts by kind and by type; --scope-report also lists every category claim with its scope and flags.
import path from "node:path";
import { KINDS, REL_TYPES } from "../lib/graph/schema";
import { checkSeedDir } from "../lib/graph/seed/load-seed";
import { scopeReport, type ScopeRow } from "../lib/graph/seed/scope-report";
import { formatProblem, type Seed } from "../lib/graph/seed/seed-types";

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "graph-seed");
const { seed, problems } = checkSeedDir(dir, { explicitScope: true });

function printScopeReport(s: Seed) {
  const rows = scopeReport(s);
  const claim = (r: ScopeRow) => `${r.subject} ${r.type} ${r.object}`;
  const width = Math.max(...rows.map((r) => claim(r).length));
  console.log(`Scope report: ${rows.length} category claims, ${rows.filter((r) => r.flags.length).length} flagged`);
  for (const r of rows) {
    const held = `${r.holding.length}/${r.members}`.padStart(7);
    console.log(`  ${claim(r).padEnd(width)}  ${r.scope.padEnd(5)} ${held} hold it${r.flags.map((f) => `  ⚑ ${f}`).join("")}`);
  }
}

if (problems.length > 0) {
  console.error(`✗ ${path.relative(process.cwd(), dir) || dir}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  if (args.includes("--scope-report")) printScopeReport(seed);
  process.exit(1);
}

const count = <T extends string>(keys: readonly T[], values: T[]) =>
  keys.map((k) => [k, values.filter((v) => v === k).length] as const).filter(([, n]) => n > 0);

console.log(`✓ ${path.relative(process.cwd(), dir) || dir}: ${seed.sources.length} sources, ${seed.nodes.length} nodes, ${seed.relationships.length} relationships`);
console.log("Nodes by kind:");
for (const [k, n] of count(KINDS, seed.nodes.map((x) => x.kind))) console.log(`  ${k.padEnd(18)} ${n}`);
console.log("Relationships by type:");
for (const [t, n] of count(REL_TYPES, seed.relationships.map((x) => x.type))) console.log(`  ${t.padEnd(18)} ${n}`);
if (args.includes("--scope-report")) printScopeReport(seed);
