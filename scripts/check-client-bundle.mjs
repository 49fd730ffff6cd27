// Fails when server-only code reaches the browser: the Neo4j driver, or our env names, in any
// client chunk of a production build. Usage: node scripts/check-client-bundle.mjs [.next/static]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = process.argv[2] ?? ".next/static";
const SIGNATURES = ["neo4j-driver", "bolt-connection", "Neo4jError", "NEO4J_PASSWORD", "NEO4J_USER", "neo4j.auth"];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (full.endsWith(".js")) yield full;
  }
}

let checked = 0;
const hits = [];
for (const file of files(root)) {
  checked++;
  const text = readFileSync(file, "utf8");
  for (const signature of SIGNATURES) if (text.includes(signature)) hits.push(`${file}: contains "${signature}"`);
}
if (checked === 0) {
  console.error(`✗ no client chunks under ${root}: build first`);
  process.exit(1);
}
if (hits.length > 0) {
  console.error(`✗ server-only code in the client bundle:\n  ${hits.join("\n  ")}`);
  process.exit(1);
}
console.log(`✓ ${checked} client chunks, none with the Neo4j driver or its credentials`);
