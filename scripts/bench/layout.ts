// npx tsx scripts/bench/layout.ts [sizes…]: how long the server-side layouts take (lib/layout) on the seed graph and on
// synthetic graphs, and the longest slice between two pauses (what blocks the server's event loop at once).
import path from "node:path";
import { MemoryStore } from "../../lib/graph/memory/memory-store";
import { loadSeed } from "../../lib/graph/seed/load-seed";
import { forceLayout } from "../../lib/layout/force";
import { hierarchyLayout } from "../../lib/layout/hierarchy";
import { LAYOUT_NODE_CAP } from "../../lib/layout/types";
import { generateSyntheticSeed } from "../seed-synthetic";

async function time(label: string, run: (pause: () => Promise<void>) => Promise<unknown>) {
  let last = performance.now();
  let longest = 0;
  const pause = async () => {
    longest = Math.max(longest, performance.now() - last);
    await new Promise((r) => setImmediate(r));
    last = performance.now();
  };
  const t0 = performance.now();
  await run(pause);
  longest = Math.max(longest, performance.now() - last);
  console.log(`${label}: ${Math.round(performance.now() - t0)} ms, longest slice ${Math.round(longest)} ms`);
}

const sizes = process.argv.slice(2).map(Number);
const graphs = [{ label: "seed", seed: loadSeed(path.resolve("graph-seed")) }, ...sizes.map((n) => ({ label: `${n}`, seed: generateSyntheticSeed({ nodes: n }) }))];
for (const { label, seed } of graphs) {
  // What the server lays out (lib/layout/server-layout.ts): the best-connected LAYOUT_NODE_CAP nodes.
  const t0 = performance.now();
  const view = await new MemoryStore(seed).graph({ limit: LAYOUT_NODE_CAP });
  console.log(`  store.graph: ${Math.round(performance.now() - t0)} ms`);
  console.log(`${label}: ${view.nodes.length} nodes, ${view.relationships.length} relationships laid out`);
  await time(`  force`, (pause) => forceLayout(view, { pause }));
  await time(`  hierarchy`, (pause) => hierarchyLayout(view, pause));
}
