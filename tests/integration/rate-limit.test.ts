import { beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/call-route";
import { CONTRACT_SEED_DIR } from "./store-contract";

vi.stubEnv("GRAPH_BACKEND", "memory");
vi.stubEnv("GRAPH_SEED_DIR", CONTRACT_SEED_DIR);
vi.stubEnv("PATH_RATE_LIMIT_PER_MIN", "3");
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let paths: { GET: Handler };
let search: Record<string, unknown>;
beforeAll(async () => {
  paths = (await import("@/app/api/paths/route")) as unknown as { GET: Handler };
  search = await import("@/app/api/search/route");
});

const call = (ip: string) =>
  paths.GET(new Request("http://localhost/api/paths?from=gpt-4&to=openai", { headers: { "x-forwarded-for": ip } }), {
    params: Promise.resolve({}),
  });

describe("per-client limit on path queries", () => {
  it("answers 429 with Retry-After past the budget, per client, and leaves other routes alone", async () => {
    for (let i = 0; i < 3; i++) expect((await call("203.0.113.1")).status).toBe(200);
    const refused = await call("203.0.113.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rate_limited" });
    expect((await call("203.0.113.2")).status).toBe(200);
    expect((await callRoute(search, "/api/search?q=gpt")).status).toBe(200);
  });
});
