// The production build and `next start` as a child process, one per store and graph.
import type { ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { processTree } from "./cpu";
import { killTree, run, sleep, spawnTracked } from "./proc";

// The bench builds and serves a snapshot of the app in bench/tmp/.app (node_modules linked), so that it
// never rebuilds the .next/ that a developer's own `next start` serves, and edits made while it runs
// (or a type error in tests/, which `next build` would check) do not change what it measures.
const LOG_DIR = path.resolve("bench/tmp/logs");
export const APP_DIR = path.resolve("bench/tmp/.app"); // a dot folder: tsconfig's **/* skips it
const BIN = path.resolve("node_modules/.bin/next");
/** Top-level entries that are not part of the app being built. */
const NOT_APP = new Set(["node_modules", "bench", "tests", "scripts", "docs", "test-results", "playwright-report", "package-lock.json", "playwright.config.ts", "vitest.config.ts"]);
const isNotApp = (name: string) => NOT_APP.has(name) || name.startsWith(".") || name.endsWith(".tsbuildinfo");
const appEntries = () => readdirSync(".").filter((name) => !isNotApp(name));

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Fills APP_DIR with the app's files from the working tree, or from a commit when `ref` is given. */
async function snapshot(ref: string | undefined): Promise<void> {
  mkdirSync(APP_DIR, { recursive: true });
  for (const name of readdirSync(APP_DIR)) if (name !== ".next" && name !== "node_modules") rmSync(path.join(APP_DIR, name), { recursive: true, force: true });
  if (ref) {
    const tar = path.join(APP_DIR, "..", "app-snapshot.tar");
    await run("git", ["archive", "--output", tar, ref]);
    await run("tar", ["-xf", tar, "-C", APP_DIR]);
    rmSync(tar);
    for (const name of readdirSync(APP_DIR)) if (isNotApp(name)) rmSync(path.join(APP_DIR, name), { recursive: true, force: true });
  } else {
    for (const name of appEntries()) cpSync(name, path.join(APP_DIR, name), { recursive: true });
  }
  if (!existsSync(path.join(APP_DIR, "node_modules"))) symlinkSync(path.resolve("node_modules"), path.join(APP_DIR, "node_modules"));
}

/**
 * Snapshots the app into APP_DIR and runs `next build` there when the snapshot's .next/BUILD_ID is missing or
 * older than any source (or, with `ref`, was built from another commit); returns the build time, or null when
 * the existing build is current.
 */
export async function ensureBuild(log: (line: string) => void, ref?: string): Promise<number | null> {
  const buildId = path.join(APP_DIR, ".next/BUILD_ID");
  const stamp = path.join(APP_DIR, ".next/bench-source");
  const source = ref ? (await run("git", ["rev-parse", "--verify", `${ref}^{commit}`])).output.trim() : "working tree";
  const built = existsSync(buildId) && existsSync(stamp) && readFileSync(stamp, "utf8") === source;
  if (built && (ref || statSync(buildId).mtimeMs >= Math.max(...appEntries().map(newestMtime)))) return null;
  log(`Building a snapshot of the app (${ref ? `${ref} = ${source.slice(0, 10)}` : "working tree"}) in ${path.relative(process.cwd(), APP_DIR)} (next build) …`);
  await snapshot(ref);
  const { ms } = await run(BIN, ["build"], { cwd: APP_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, source);
  return ms;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface StoreConfig {
  backend: "memory" | "neo4j";
  /** Seed folder the embedded store reads (the Neo4j store reads whatever was seeded). */
  seedDir: string;
  /** Lets /api/health collect garbage before it reports the heap (the soak's memory curve). */
  exposeGc?: boolean;
}

export interface AppServer {
  url: string;
  pid: number;
  /** The server's stdout and stderr (request failures are logged there with their request id). */
  logFile: string;
  counts: { nodes: number; relationships: number };
  /** Milliseconds from spawn until /api/health answered 200 (includes the embedded store's seed load). */
  readyMs: number;
  stop(): Promise<void>;
}

export async function startServer(config: StoreConfig, log: (line: string) => void): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    GRAPH_BACKEND: config.backend,
    GRAPH_SEED_DIR: config.seedDir,
    PATH_RATE_LIMIT_PER_MIN: "0",
    EXPOSE_METRICS: "true",
    // The page bench reads the diagram through window.cy (`/?debug=1`), off by default.
    EXPOSE_CY: "true",
  };
  if (config.exposeGc) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --expose-gc`.trim();
  if (config.backend === "neo4j") env.NEO4J_URI = "bolt://127.0.0.1:7687";
  else delete env.NEO4J_URI;
  const started = performance.now();
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `next-${config.backend}-${path.basename(config.seedDir)}.log`);
  const out = createWriteStream(logFile);
  const child = spawnTracked(BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: APP_DIR, env }, (l) => out.write(`${l}\n`));
  child.once("exit", () => out.end());
  const url = `http://127.0.0.1:${port}`;
  const counts = await waitHealthy(url, child, 240_000);
  const server: AppServer = {
    url,
    logFile,
    pid: child.pid!,
    counts,
    readyMs: performance.now() - started,
    stop: () => stopChild(child),
  };
  log(`  next start (${config.backend}) answered after ${Math.round(server.readyMs)} ms; log: ${path.relative(process.cwd(), logFile)}`);
  return server;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} before /api/health answered`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(60_000) });
      if (res.ok) return (await res.json()) as { nodes: number; relationships: number };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  killTree(child);
  throw new Error(`${url}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  killTree(child);
  await Promise.race([exited, sleep(5000)]);
  killTree(child, "SIGKILL");
}

/** Resident memory (MiB) of a process and all its descendants, from /proc. */
export function rssMiB(rootPid: number): number {
  let kib = 0;
  for (const pid of processTree(rootPid)) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024;
}
