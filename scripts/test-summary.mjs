// Adds up the JSON reports of Vitest and Playwright into one closing line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const report = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  let p, f, s;
  if ("numPassedTests" in report) {
    [p, f, s] = [report.numPassedTests, report.numFailedTests, report.numPendingTests + report.numTodoTests];
  } else {
    const st = report.stats;
    [p, f, s] = [st.expected + st.flaky, st.unexpected, st.skipped];
  }
  console.log(`  ${file.replace(/\.json$/, "").padEnd(14)} ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
