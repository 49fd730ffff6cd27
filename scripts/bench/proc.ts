// Child processes for the bench: every long-lived child is tracked and killed on exit, error or Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";

const live = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];

/** Kills the child's whole process group (children are spawned detached, each its own group). */
export function killTree(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Starts a long-lived child in its own process group; it is killed when the bench ends, however it ends. */
export function spawnTracked(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }, logTo?: (line: string) => void): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  live.add(child);
  child.once("exit", () => live.delete(child));
  const forward = (chunk: Buffer) => chunk.toString().split("\n").filter(Boolean).forEach((l) => logTo?.(l));
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);
  return child;
}

export interface RunResult {
  code: number;
  output: string;
  ms: number;
}

/** Runs a command to completion and collects its output; a non-zero exit is an error unless allowed. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; allowFail?: boolean; echo?: boolean } = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("close", (code) => {
      live.delete(child);
      const result = { code: code ?? 1, output, ms: performance.now() - started };
      if (result.code !== 0 && !options.allowFail) {
        reject(new Error(`${command} ${args.join(" ")} exited with ${result.code}:\n${output.split("\n").slice(-25).join("\n")}`));
      } else resolve(result);
    });
  });
}

/** Registers work that must happen before the process exits (e.g. re-seeding Neo4j). Runs last-in first-out. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

let cleaning: Promise<void> | undefined;

/** Kills every child and runs the cleanups; safe to call from several places (runs once). */
export function cleanupAll(): Promise<void> {
  cleaning ??= doCleanup();
  return cleaning;
}

async function doCleanup(): Promise<void> {
  for (const child of live) killTree(child);
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const child of live) killTree(child, "SIGKILL");
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: give up on cleaning
    interrupted = true;
    console.error(`\n${signal}: stopping child processes and restoring the database …`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
