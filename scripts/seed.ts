// npm run seed [dir] — validates a seed folder, then makes the Neo4j at NEO4J_URI equal to it.
import path from "node:path";
import { env, neo4jUri } from "../lib/env";
import { createDriver } from "../lib/graph/neo4j/create-driver";
import { writeSeed } from "../lib/graph/neo4j/write-seed";
import { loadSeed, SeedInvalidError } from "../lib/graph/seed/load-seed";

async function main() {
  const e = env();
  const dir = path.resolve(process.argv[2] ?? e.GRAPH_SEED_DIR);
  let seed;
  try {
    seed = loadSeed(dir);
  } catch (error) {
    if (error instanceof SeedInvalidError) {
      console.error(`✗ Nothing written: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`Seed ${path.relative(process.cwd(), dir) || dir}: ${seed.nodes.length} nodes, ${seed.relationships.length} relationships — valid`);
  console.log(`Loading into ${neo4jUri(e)} (database ${e.NEO4J_DATABASE})`);
  const driver = createDriver(e);
  try {
    await driver.verifyConnectivity({ database: e.NEO4J_DATABASE });
    const started = Date.now();
    const summary = await writeSeed(driver, e.NEO4J_DATABASE, seed, (line) => console.log(line));
    console.log(`Done in ${Date.now() - started} ms`);
    for (const [what, t] of Object.entries(summary)) {
      console.log(`  ${what.padEnd(14)} created ${t.created}, updated ${t.updated}, deleted ${t.deleted}, unchanged ${t.unchanged}`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`✗ Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
