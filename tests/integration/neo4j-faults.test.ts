// Faults against the real server: it is stopped and started again here, so this file must not
// overlap any other (the integration project runs files one at a time).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/errors";
import type { Seed } from "@/lib/graph/seed/seed-types";
import { callRoute } from "../support/call-route";
import { connectTestNeo4j, neo4jStoreFor, seedTestNeo4j } from "../support/neo4j";
import { CONTRACT_SEED_DIR } from "./store-contract";
import { writeSeed } from "@/lib/graph/neo4j/write-seed";
import { env } from "@/lib/env";

const run = promisify(execFile);
const root = path.join(__dirname, "../..");
const neo4jScript = (name: "start" | "stop") => run("bash", [`scripts/neo4j/${name}.sh`], { cwd: root, timeout: 180_000 });

vi.stubEnv("GRAPH_BACKEND", "neo4j");
let driver: Driver;
type Mod = Record<string, unknown>;
const routes: Record<string, Mod> = {};

beforeAll(async () => {
  driver = await connectTestNeo4j();
  await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
  routes.health = await import("@/app/api/health/route");
  routes.graph = await import("@/app/api/graph/route");
  routes.node = await import("@/app/api/nodes/[id]/route");
  routes.search = await import("@/app/api/search/route");
  routes.paths = await import("@/app/api/paths/route");
});

afterAll(async () => {
  await neo4jScript("start");
  await seedTestNeo4j(driver, CONTRACT_SEED_DIR);
  await driver?.close();
  await (globalThis as { neo4jDriver?: Driver }).neo4jDriver?.close();
});

const calls: [string, string, Record<string, string>?][] = [
  ["graph", "/api/graph"],
  ["node", "/api/nodes/gpt-4", { id: "gpt-4" }],
  ["search", "/api/search?q=gpt"],
  ["paths", "/api/paths?from=gpt-4&to=generative-ai"],
];

describe("Neo4j outage and recovery", () => {
  it("answers 503 JSON with Retry-After within 5 s while Neo4j is down, then recovers without a restart", async () => {
    expect((await callRoute(routes.health, "/api/health")).status).toBe(200);
    await neo4jScript("stop");

    const health = await callRoute(routes.health, "/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: "unavailable", backend: "neo4j" });
    expect(health.headers.get("retry-after")).toBe("5");

    // The failed health check has just found the database gone, so the next request does not wait for the driver.
    const quick = Date.now();
    expect((await callRoute(routes.graph, "/api/graph")).status).toBe(503);
    expect(Date.now() - quick, "answered at once while the outage is known").toBeLessThan(300);

    for (const [name, url, params] of calls) {
      const started = Date.now();
      const res = await callRoute(routes[name], url, { params });
      expect(Date.now() - started, `${url} answered too slowly`).toBeLessThan(5000);
      expect(res.status, url).toBe(503);
      expect(res.body.code).toBe("unavailable");
      expect(res.headers.get("retry-after")).toBe("5");
      expect(JSON.stringify(res.body)).not.toMatch(/Neo4jError|ServiceUnavailable|ECONNREFUSED|bolt:/);
    }

    await neo4jScript("start");
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = (await callRoute(routes.health, "/api/health")).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    for (const [name, url, params] of calls) expect((await callRoute(routes[name], url, { params })).status, url).toBe(200);
  });
});

/** A dense bipartite core and one long tail: enumerating simple paths into the tail explodes. */
function denseSeed(): Seed {
  const models = Array.from({ length: 14 }, (_, i) => `m-${i}`);
  const tasks = Array.from({ length: 14 }, (_, i) => `t-${i}`);
  const tail = Array.from({ length: 8 }, (_, i) => `c-${i}`);
  const node = (id: string, kind: Seed["nodes"][number]["kind"]) => ({ id, name: id, kind, aliases: [], summary: id, facts: {} });
  const rel = (from: string, type: Seed["relationships"][number]["type"], to: string) => ({ from, type, to, sources: [{ id: "s" }] });
  return {
    sources: [{ id: "s", title: "Synthetic", file: "none" }],
    nodes: [...models.map((m) => node(m, "Model")), ...tasks.map((t) => node(t, "Task")), ...tail.map((c) => node(c, "Category"))],
    relationships: [
      ...models.flatMap((m) => tasks.map((t) => rel(m, "SUITED_FOR", t))),
      rel("m-0", "IS_A", "c-0"),
      ...tail.slice(1).map((c, i) => rel(tail[i], "IS_A", c)),
    ],
  };
}

describe("query timeout", () => {
  it("stops an explosive path query with a timeout error, and the store keeps answering", async () => {
    await writeSeed(driver, env().NEO4J_DATABASE, denseSeed(), () => undefined);
    const store = neo4jStoreFor(driver, 1000);
    const started = Date.now();
    const error = await store
      .paths({ from: "m-5", to: "c-7", mode: "all", maxHops: 10, limit: 50, directed: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await store.counts()).toEqual({ nodes: 36, relationships: 14 * 14 + 8 });
  });
});
