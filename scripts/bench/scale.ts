// One graph, measured end to end: loaded into Neo4j (timed), then for each store a `next start`,
// the API load (with the direct-driver baseline on Neo4j) and the page in Chromium.
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { Driver } from "neo4j-driver";
import type { Seed } from "../../lib/graph/seed/seed-types";
import { OVERVIEW_LIMIT } from "../../lib/ui/scale";
import { defaultSyntheticDir, writeSyntheticSeed } from "../seed-synthetic";
import { httpLoad, warmUp } from "./api-load";
import { measureMatrix, measureMatrixPage } from "./matrix";
import { graphMismatch, measureApi } from "./measure-api";
import { seedNeo4j } from "./neo4j";
import { measureScalePage, measureSeedPage, type ExpandTarget } from "./page";
import type { Report } from "./report";
import { startServer } from "./server";
import { buildWorkload } from "./workload";

export type Backend = "memory" | "neo4j";

export interface Bench {
  report: Report;
  driver: Driver;
  browser: Browser | null;
  warnings: string[];
  log: (line: string) => void;
}

export interface GraphPlan {
  label: string;
  dir: string;
  seed: Seed;
  connections: number[];
  seconds: number;
  warmUp: number;
  /** "seed": first render, click, path, JS size; "scale": first render, layout, FPS, heap, long tasks. */
  page: "seed" | "scale";
  pageBackends: Backend[];
}

export async function measureGraph(b: Bench, plan: GraphPlan): Promise<void> {
  const { report, log } = b;
  const { label, dir, seed } = plan;
  const expected = { nodes: seed.nodes.length, relationships: seed.relationships.length };
  log(`\n== ${label}: ${expected.nodes} nodes, ${expected.relationships} relationships (${dir})`);

  const load = await seedNeo4j(dir);
  report.add(`${label}.neo4j.load`, load.totalMs, "ms", { note: `npm run seed (parse, validate, diff, write); the writes alone ${load.writeMs} ms` });
  const workload = buildWorkload(seed);
  const hops = workload.pairs.map((p) => p.hops);
  log(`  workload: ${workload.ids.length} ids, ${workload.searches.length} searches, ${workload.pairs.length} path pairs (${Math.min(...hops)}–${Math.max(...hops)} hops), ${workload.graphs.length} graph views`);

  for (const backend of ["memory", "neo4j"] as const) {
    const server = await startServer({ backend, seedDir: dir }, log);
    try {
      if (backend === "memory") report.add(`${label}.memory.load`, server.readyMs, "ms", { note: "next start until /api/health answers: reads and validates the seed, builds the store" });
      const before = await graphMismatch(server, expected.nodes, expected.relationships);
      if (before) throw new Error(before);
      await measureApi(server, workload, label, { connections: plan.connections, seconds: plan.seconds, warmUp: plan.warmUp, driver: backend === "neo4j" ? b.driver : undefined }, report);
      if (backend === "memory" && plan.page === "seed") {
        // Reference: the cheapest route, i.e. what `next start` and the load generator manage on this machine at all.
        for (const connections of plan.connections) {
          await warmUp(server.url, ["/api/health"], connections * 3, connections);
          report.load(`${label}.memory.health.c${connections}`, await httpLoad({ url: server.url, paths: ["/api/health"], connections, duration: plan.seconds }));
        }
      }
      if (plan.page === "seed") await measureMatrix(server, `${label}.${backend}`, report);
      const after = await graphMismatch(server, expected.nodes, expected.relationships);
      if (after) b.warnings.push(`${label}.${backend}: ${after}`);
      if (b.browser && plan.pageBackends.includes(backend)) {
        log(`\n== ${label}: the page on ${backend}`);
        const prefix = `${label}.${backend}.page`;
        if (plan.page === "seed") {
          await measureSeedPage(b.browser, server.url, prefix, report, backend === "memory");
          await measureMatrixPage(b.browser, server.url, prefix, report);
        }
        else await measureScalePage(b.browser, server.url, prefix, report, expected.nodes, expandTarget(seed));
      }
    } finally {
      await server.stop();
      const failures = readFileSync(server.logFile, "utf8").split("\n").filter((l) => l.startsWith("[api]")).length;
      if (failures > 0) b.warnings.push(`${label}.${backend}: the server logged ${failures} failed requests, see ${server.logFile}`);
    }
  }
}

/** Generates the synthetic graph of `size` nodes under bench/tmp/ (timed). */
export function syntheticGraph(size: number, report: Report, label: string): { dir: string; seed: Seed } {
  const dir = defaultSyntheticDir(size);
  const started = performance.now();
  const seed = writeSyntheticSeed(dir, { nodes: size, seed: 1 });
  report.add(`${label}.generate`, performance.now() - started, "ms", { note: `${seed.relationships.length} relationships written as YAML` });
  return { dir, seed };
}

/**
 * The least connected node of the opening overview (the API keeps the best-connected nodes: degree, then id),
 * so that expanding it loads neighbours the overview left out, without being one of the giant hubs.
 */
export function expandTarget(seed: Seed, overview = OVERVIEW_LIMIT): ExpandTarget {
  const degree = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  for (const r of seed.relationships) {
    for (const [a, z] of [[r.from, r.to], [r.to, r.from]]) {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      neighbours.set(a, (neighbours.get(a) ?? new Set<string>()).add(z));
    }
  }
  const ranked = seed.nodes.map((n) => n.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  const id = ranked[Math.min(overview, ranked.length) - 1];
  return { id, neighbours: [...(neighbours.get(id) ?? [])].sort() };
}
