// npm run bench -- --soak (issues #8, #12): 50,000 requests at 50 connections across every endpoint on Neo4j
// with no error, the server's memory after every 5,000 (after a full garbage collection, so the curve shows what
// is kept, not what awaits collection); then Neo4j is stopped and started again under
// load, and the outage is measured: how long the API answered 503, and how fast those 503s came.
import type { Seed } from "../../lib/graph/seed/seed-types";
import { httpLoad } from "./api-load";
import { graphMismatch } from "./measure-api";
import { seedNeo4j, startNeo4j, stopNeo4j } from "./neo4j";
import { sleep } from "./proc";
import type { Bench } from "./scale";
import { rssMiB, startServer, type AppServer } from "./server";
import { percentile, summarise } from "./stats";
import { apiPaths, buildWorkload, ENDPOINTS } from "./workload";

const SOAK_REQUESTS = 50_000;
const SOAK_STEPS = 10;
const CONNECTIONS = 50;
const DOWN_SECONDS = 5;
const RECOVERY_CAP_MS = 60_000;

export async function runSoak(b: Bench, dir: string, seed: Seed): Promise<void> {
  const { report, log } = b;
  await seedNeo4j(dir);
  const workload = buildWorkload(seed);
  // Interleave the endpoints so every connection keeps mixing them.
  const lists = ENDPOINTS.map((e) => apiPaths(workload, e));
  const paths = Array.from({ length: Math.max(...lists.map((l) => l.length)) }, (_, i) => lists.map((l) => l[i % l.length])).flat();

  const server = await startServer({ backend: "neo4j", seedDir: dir, exposeGc: true }, log);
  try {
    const mismatch = await graphMismatch(server, seed.nodes.length, seed.relationships.length);
    if (mismatch) throw new Error(mismatch);
    log(`\n== soak: ${SOAK_REQUESTS} requests at ${CONNECTIONS} connections, all endpoints, Neo4j`);
    const rssBefore = rssMiB(server.pid);
    const before = await appMetrics(server.url);
    // Each metrics read restarts the server's "most at once", so the soak's is the largest of the steps'.
    let readsPeak = 0;
    const soak = await steppedLoad(server, paths, (done, metrics, rss) => {
      readsPeak = Math.max(readsPeak, metrics.readsPeak);
      report.add(`soak.heap-after-${done / 1000}k`, metrics.heapUsedMiB, "MiB", { note: `resident ${rss} MiB` });
    });
    const rssAfter = rssMiB(server.pid);
    const after = await appMetrics(server.url);
    report.add("soak.requests", soak.requests, "count");
    report.load("soak.neo4j.mixed.c50", soak);
    report.add("soak.rss-before", rssBefore, "MiB", { note: "next-server and its children, VmRSS from /proc" });
    report.add("soak.rss-after", rssAfter, "MiB", { baseline: rssBefore });
    report.add("soak.js-heap-before", before.heapUsedMiB, "MiB", { note: "process.memoryUsage().heapUsed after gc(), from /api/health with EXPOSE_METRICS" });
    report.add("soak.js-heap-after", after.heapUsedMiB, "MiB", { baseline: before.heapUsedMiB });
    report.add("soak.driver-reads-in-flight-before", before.readsInFlight, "count", { note: `driver pool of ${before.driverPoolSize}` });
    report.add("soak.driver-reads-in-flight-after", after.readsInFlight, "count", {
      note: `most at once during the soak: ${Math.max(readsPeak, after.readsPeak)} (a leak would leave reads in flight after the load)`,
    });

    log(`\n== outage: npm run neo4j:stop, ${DOWN_SECONDS} s down, npm run neo4j:start, under load`);
    const events: { at: number; status: number; ms: number }[] = [];
    const marks: Record<string, number> = {};
    // Recovered: a run of 200 answers with no failure in between, after Neo4j is back.
    const recovered = () => {
      let run = 0;
      for (let i = events.length - 1; i >= 0 && events[i].at > marks.started && events[i].status === 200; i--) run++;
      return run >= 200;
    };
    const outage = (async () => {
      await sleep(3000);
      marks.stopAsked = Date.now();
      await stopNeo4j();
      marks.stopped = Date.now();
      await sleep(DOWN_SECONDS * 1000);
      marks.startAsked = Date.now();
      await startNeo4j();
      marks.started = Date.now();
      while (!recovered() && Date.now() - marks.started < RECOVERY_CAP_MS) await sleep(250);
    })();
    const load = await httpLoad({ url: server.url, paths, connections: CONNECTIONS, duration: 300, stopWhen: outage, onResponse: (at, status, ms) => events.push({ at, status, ms }) });
    await outage;

    const failed = events.filter((e) => e.status === 503);
    const other = events.filter((e) => e.status !== 503 && (e.status < 200 || e.status > 299));
    const lastFailure = [...failed, ...other].reduce((max, e) => Math.max(max, e.at), 0);
    const firstOk = events.find((e) => e.at > lastFailure && e.status === 200);
    report.add("soak.outage.requests", events.length, "count", { note: `Neo4j stopped ${marks.stopped - marks.stopAsked} ms after neo4j:stop, down ${marks.startAsked - marks.stopped} ms, neo4j:start took ${marks.started - marks.startAsked} ms` });
    if (failed.length === 0) {
      report.na("soak.outage.error-window", "ms", "no 503 seen during the outage");
    } else {
      const sorted = failed.map((e) => e.ms).sort((x, y) => x - y);
      report.add("soak.outage.error-window", failed.at(-1)!.at - failed[0].at, "ms", { note: `first 503 ${failed[0].at - marks.stopAsked} ms after neo4j:stop was asked; last 503 ${failed.at(-1)!.at - marks.started} ms after neo4j:start returned` });
      report.add("soak.outage.503-count", failed.length, "count");
      report.add("soak.outage.503-p50", percentile(sorted, 50), "ms");
      report.add("soak.outage.503-p99", percentile(sorted, 99), "ms");
      report.add("soak.outage.503-max", sorted.at(-1)!, "ms");
      report.add("soak.outage.recovered-after-start", recovered() && firstOk ? firstOk.at - marks.started : null, "ms", {
        note: recovered() ? "first 200 after the last failure, from neo4j:start returning" : `not recovered within ${RECOVERY_CAP_MS / 1000} s of neo4j:start returning`,
      });
    }
    report.add("soak.outage.other-failures", other.length + load.errors, "count", {
      note: `responses other than 2xx/503 (${[...new Set(other.map((e) => e.status))].join(", ") || "none"}) plus ${load.errors} connection errors/timeouts`,
    });
  } finally {
    await server.stop();
  }
}

/** The soak in equal steps, reading the server's memory after each; the figures are those of all steps together. */
async function steppedLoad(server: AppServer, paths: string[], onStep: (done: number, metrics: AppMetrics, rss: number) => void) {
  const { url, pid } = server;
  const latencies: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  let non2xx = 0;
  const started = performance.now();
  const amount = SOAK_REQUESTS / SOAK_STEPS;
  for (let step = 1; step <= SOAK_STEPS; step++) {
    const part = await httpLoad({ url, paths, connections: CONNECTIONS, amount, onResponse: (_at, _status, ms) => latencies.push(ms) });
    errors += part.errors;
    non2xx += part.non2xx;
    for (const s of part.samples) samples.add(s);
    onStep(step * amount, await appMetrics(url), rssMiB(pid));
  }
  return summarise(latencies, (performance.now() - started) / 1000, errors, non2xx, [...samples]);
}

interface AppMetrics {
  heapUsedMiB: number;
  readsInFlight: number;
  readsPeak: number;
  driverPoolSize: number;
}

/** The figures /api/health adds when the bench starts the app with EXPOSE_METRICS=true. */
async function appMetrics(url: string): Promise<AppMetrics> {
  const body = (await (await fetch(`${url}/api/health`)).json()) as { metrics?: AppMetrics };
  if (!body.metrics) throw new Error("/api/health has no metrics: was the app started with EXPOSE_METRICS=true?");
  return body.metrics;
}
