// npm run bench [-- --quick] [-- --soak] [--sizes 1000,10000] [--no-page] [--no-peer] [--no-scale] [--ref <commit>]
// Measures the API on both stores (with the direct-driver baseline on Neo4j), the page in Chromium, the peer
// (Neo4j Browser on the seed graph, peer.ts) and synthetic graphs of growing size; prints a table and writes bench/results.json.
// Starts Neo4j if needed, seeds what it measures, and leaves Neo4j holding graph-seed/ again.
// The app is built and served from a snapshot in bench/tmp/.app: of the working tree, or of --ref <commit>.
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { loadSeed } from "../../lib/graph/seed/load-seed";
import { cpuSnapshot, othersShare } from "./cpu";
import { benchDriver, ensureNeo4j, seedNeo4j, stopNeo4j } from "./neo4j";
import { gpuSummary, launchBrowser } from "./page";
import { measurePeer } from "./peer";
import { cleanupAll, onCleanup } from "./proc";
import { Report } from "./report";
import { measureGraph, syntheticGraph, type Bench } from "./scale";
import { ensureBuild } from "./server";
import { runSoak } from "./soak";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const quick = flag("quick");
const plan = {
  seed: { connections: [10, 50], seconds: quick ? 1 : 10, warmUp: quick ? 5 : 20, pageBackends: quick ? (["memory"] as const) : (["memory", "neo4j"] as const) },
  scale: {
    sizes: (option("sizes") ?? (quick ? "1000,10000" : "1000,10000,50000")).split(",").map(Number),
    connections: quick ? [10] : [10, 50],
    seconds: quick ? 1 : 5,
    warmUp: quick ? 3 : 20,
    pageBackends: quick ? (["memory"] as const) : (["memory", "neo4j"] as const),
  },
};

const SEED_DIR = path.resolve("graph-seed");
// The soak run has its own file, so that it never replaces the figures of the last bench run.
const RESULTS = path.resolve(flag("soak") ? "bench/results-soak.json" : "bench/results.json");
const t0 = performance.now();
/** Section headings carry the elapsed time, so a slow phase shows. */
const log = (line: string) => console.log(line.startsWith("\n") ? `${line}  [${Math.round((performance.now() - t0) / 1000)} s]` : line);
const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

async function main() {
  const started = performance.now();
  const cpuAtStart = cpuSnapshot();
  const report = new Report();
  let browser: Browser | null = null;
  const driver = benchDriver();
  const bench: Bench = { report, driver, browser, warnings: [], log };
  try {
    log(`Bench (${flag("soak") ? "soak" : quick ? "quick" : "full"}) on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`);
    const buildMs = await ensureBuild(log, option("ref"));
    if (buildMs !== null) report.add("build.next-build", buildMs, "ms");

    const startedNeo4j = await ensureNeo4j(log);
    onCleanup(async () => {
      log("\nRe-seeding Neo4j with graph-seed/ …");
      await seedNeo4j(SEED_DIR);
      if (startedNeo4j) await stopNeo4j();
    });

    if (flag("soak")) {
      await runSoak(bench, SEED_DIR, loadSeed(SEED_DIR));
      return;
    }

    if (!flag("no-page")) {
      browser = bench.browser = await launchBrowser();
      report.add("browser.webgl", null, "", { note: await gpuSummary(browser) });
    }

    await measureGraph(bench, { label: "seed", dir: SEED_DIR, seed: loadSeed(SEED_DIR), ...plan.seed, page: "seed", pageBackends: [...plan.seed.pageBackends] });
    // Neo4j still holds the seed graph here, and our page's figures are in the report for the ratios.
    if (browser && !flag("no-peer")) await measurePeer(bench, "bolt://127.0.0.1:7687");

    if (!flag("no-scale")) {
      for (const size of plan.scale.sizes) {
        const name = label(size);
        const { dir, seed } = syntheticGraph(size, report, name);
        await measureGraph(bench, { label: name, dir, seed, connections: plan.scale.connections, seconds: plan.scale.seconds, warmUp: plan.scale.warmUp, page: "scale", pageBackends: [...plan.scale.pageBackends] });
      }
    }
  } finally {
    await driver.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    // After Chromium has exited (so its time counts as the bench's) and before the clean-up, which stops a Neo4j the
    // bench started: its CPU time would leave with it and be counted as another process's (36 % on 2 Dec).
    const cpuAtEnd = cpuSnapshot();
    await cleanupAll();
    report.add("run.duration", (performance.now() - started) / 1000, "s", { note: flag("soak") ? "soak" : quick ? "quick" : "full" });
    // Not for the soak: the Neo4j stopped in its middle takes its CPU time with it.
    if (!flag("soak")) {
      report.add("run.cpu-used-by-others", othersShare(cpuAtStart, cpuAtEnd), "%", {
        note: "share of the machine's CPU that processes other than the bench, its children and Neo4j used during the run; well above 0 means the figures are skewed",
      });
    }
    report.write(RESULTS);
    console.log(`\n${report.table()}`);
    for (const w of bench.warnings) console.warn(`⚠ ${w}`);
    console.log(`\nWrote ${path.relative(process.cwd(), RESULTS)} (${report.results.length} figures)`);
  }
}

main().catch((error: unknown) => {
  console.error(`✗ Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
