import "server-only";
import { env } from "../env";
import { readStats } from "../graph/neo4j/run-read";

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** What a soak run needs to see that memory and the driver pool stay put; nothing unless EXPOSE_METRICS is on. */
export function healthMetrics(): Record<string, unknown> {
  const e = env();
  if (!e.EXPOSE_METRICS) return {};
  // Only a process started with --expose-gc (the bench's soak) has gc(): the heap then counts what is kept.
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const reads = readStats();
  return {
    metrics: {
      heapUsedMiB: mib(memory.heapUsed),
      rssMiB: mib(memory.rss),
      ...(e.backend === "neo4j" ? { driverPoolSize: e.NEO4J_MAX_POOL_SIZE, readsInFlight: reads.inFlight, readsPeak: reads.peak } : {}),
    },
  };
}
