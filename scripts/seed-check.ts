// npm run seed:check [dir] — validates a seed folder and prints counts by kind and by type.
import path from "node:path";
import { KINDS, REL_TYPES } from "../lib/graph/schema";
import { checkSeedDir } from "../lib/graph/seed/load-seed";
import { formatProblem } from "../lib/graph/seed/seed-types";

const dir = path.resolve(process.argv[2] ?? "graph-seed");
const { seed, problems } = checkSeedDir(dir);

if (problems.length > 0) {
  console.error(`✗ ${path.relative(process.cwd(), dir) || dir}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

const count = <T extends string>(keys: readonly T[], values: T[]) =>
  keys.map((k) => [k, values.filter((v) => v === k).length] as const).filter(([, n]) => n > 0);

console.log(`✓ ${path.relative(process.cwd(), dir) || dir}: ${seed.sources.length} sources, ${seed.nodes.length} nodes, ${seed.relationships.length} relationships`);
console.log("Nodes by kind:");
for (const [k, n] of count(KINDS, seed.nodes.map((x) => x.kind))) console.log(`  ${k.padEnd(18)} ${n}`);
console.log("Relationships by type:");
for (const [t, n] of count(REL_TYPES, seed.relationships.map((x) => x.type))) console.log(`  ${t.padEnd(18)} ${n}`);
