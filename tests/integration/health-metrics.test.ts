// The soak's memory and pool figures, on the real Neo4j store (the local server the suite starts).
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/call-route";

vi.stubEnv("GRAPH_BACKEND", "neo4j");
vi.stubEnv("EXPOSE_METRICS", "true");
vi.stubEnv("NEO4J_MAX_POOL_SIZE", "7");
let health: Record<string, unknown>;
let search: Record<string, unknown>;
beforeAll(async () => {
  health = await import("@/app/api/health/route");
  search = await import("@/app/api/search/route");
});
afterAll(async () => {
  await (globalThis as { neo4jDriver?: Driver }).neo4jDriver?.close();
});

describe("health metrics for the soak", () => {
  it("reports heap, the pool size, and reads in flight, which fall back to 0 after concurrent load", async () => {
    await Promise.all(Array.from({ length: 20 }, () => callRoute(search, "/api/search?q=gpt")));
    const res = await callRoute(health, "/api/health");
    expect(res.status).toBe(200);
    const metrics = res.body.metrics as Record<string, number>;
    expect(metrics.heapUsedMiB).toBeGreaterThan(0);
    expect(metrics.rssMiB).toBeGreaterThanOrEqual(metrics.heapUsedMiB);
    expect(metrics.driverPoolSize).toBe(7);
    expect(metrics.readsInFlight).toBe(0);
    expect(metrics.readsPeak).toBeGreaterThan(1);
    expect(metrics.readsPeak).toBeLessThanOrEqual(21);
  });
});
