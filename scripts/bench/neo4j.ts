// The local Neo4j: started when it is not running, seeded with the graph being measured.
import type { Driver } from "neo4j-driver";
import { env } from "../../lib/env";
import { createDriver } from "../../lib/graph/neo4j/create-driver";
import { run } from "./proc";

const NPM = "npm";

export function benchDriver(): Driver {
  return createDriver({ ...env(), NEO4J_URI: "bolt://127.0.0.1:7687" });
}

export async function neo4jAnswers(): Promise<boolean> {
  const driver = benchDriver();
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Starts the local Neo4j unless it answers already; true when this call started it. */
export async function ensureNeo4j(log: (line: string) => void): Promise<boolean> {
  if (await neo4jAnswers()) return false;
  log("Starting Neo4j (npm run neo4j:start) …");
  await run(NPM, ["run", "--silent", "neo4j:start"]);
  return true;
}

export const stopNeo4j = () => run(NPM, ["run", "--silent", "neo4j:stop"]);
export const startNeo4j = () => run(NPM, ["run", "--silent", "neo4j:start"]);

export interface SeedTiming {
  /** Wall time of `npm run seed <dir>`: YAML parse, validation, diff against the database and writes. */
  totalMs: number;
  /** The loader's own "Done in N ms": the diff and the writes. */
  writeMs: number;
}

/** `npm run seed -- <dir>`: makes the database equal to the folder. */
export async function seedNeo4j(dir: string): Promise<SeedTiming> {
  const { output, ms } = await run(NPM, ["run", "--silent", "seed", "--", dir], {
    env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:7687" },
  });
  const done = /Done in (\d+) ms/.exec(output);
  return { totalMs: ms, writeMs: done ? Number(done[1]) : NaN };
}
