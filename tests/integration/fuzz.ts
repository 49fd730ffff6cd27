// Property: whatever a client sends, every route answers with an expected status and a JSON body
// that leaks nothing, and the graph is unchanged afterwards. Fixed seed in CI; `npm run fuzz`
// runs more, with a fresh seed.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "../support/call-route";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261123;
const ALLOWED = new Set([200, 400, 404, 405, 413, 414, 429, 503]);
const LEAKS = /\n\s+at |\.tsx?:\d+|Neo4jError|Neo\.(Client|Transient|Database)Error|gqlStatus|ECONNREFUSED|bolt:\/\//;

const hostileText = fc.oneof(
  fc.constantFrom(
    "') DETACH DELETE n //",
    "x` DETACH DELETE n //",
    "`",
    "$",
    "$id",
    "]->()",
    "}) MATCH (n) DETACH DELETE n RETURN 1 //",
    '"',
    "(",
    "AND",
    "*x",
    "~",
    "\\",
    "field:",
    "name:gpt~2",
    "\u0000",
    "a\u0000b",
    "\u202egpt",
    "\u200f",
    "e\u0301\u0301\u0301",
    "😀",
    "🧠🤖",
    "",
    " ",
    "%",
    "../../etc/passwd",
    "-1",
    "0",
    "1.5",
    "1e9",
    "0xfa",
    "Infinity",
    "NaN",
    "large-language-model",
    "generative-ai",
    "IS_A",
    "Category",
    "shortest",
    "true",
    // Questions for /api/ask: well-formed, with hostile concepts, and pathological splits.
    "Is GPT-4 a large language model?",
    "Can `) DETACH DELETE n // generate video?",
    "are llms genai gpt-4 dalle midjourney chatgpt transformer",
    "is a a a a a a a a a a?",
    "What is the difference between ${x} and $y?",
    "¿Qué es un LLM?",
    // Export parameters, so that some exports succeed.
    "graphml",
    "turtle",
    "csv",
    "relationships",
    "gpt-4,large-language-model",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(199, 200, 201, 1000, 8200, 100_000, 1_000_000).map((n) => "g".repeat(n)),
);

const ROUTES = {
  health: { path: "/api/health", params: [] as string[], id: false },
  graph: { path: "/api/graph", params: ["kinds", "types", "limit"], id: false },
  node: { path: "/api/nodes/{id}", params: [], id: true },
  glance: { path: "/api/nodes/{id}/glance", params: [], id: true },
  search: { path: "/api/search", params: ["q", "limit"], id: false },
  paths: { path: "/api/paths", params: ["from", "to", "types", "directed", "maxHops", "mode", "limit"], id: false },
  compare: { path: "/api/compare", params: ["a", "b"], id: false },
  recommendations: { path: "/api/tasks/{id}/recommendations", params: [], id: true },
  ask: { path: "/api/ask", params: ["q"], id: false },
  export: { path: "/api/export", params: ["format", "part", "kinds", "types", "ids"], id: false },
} as const;
type RouteName = keyof typeof ROUTES;

const request = fc.constantFrom(...(Object.keys(ROUTES) as RouteName[])).chain((route) =>
  fc.record({
    route: fc.constant(route),
    method: fc.constantFrom("GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "POST", "PUT", "PATCH", "DELETE"),
    id: hostileText,
    params: fc.array(fc.tuple(fc.constantFrom(...ROUTES[route].params, "extra", "q"), hostileText), { maxLength: 6 }),
  }),
);

export function fuzzSuite(backend: string) {
  describe(`fuzzing every route on the ${backend} store`, () => {
    const modules = {} as Record<RouteName, Record<string, unknown>>;
    beforeAll(async () => {
      modules.health = await import("@/app/api/health/route");
      modules.graph = await import("@/app/api/graph/route");
      modules.node = await import("@/app/api/nodes/[id]/route");
      modules.glance = await import("@/app/api/nodes/[id]/glance/route");
      modules.search = await import("@/app/api/search/route");
      modules.paths = await import("@/app/api/paths/route");
      modules.compare = await import("@/app/api/compare/route");
      modules.recommendations = await import("@/app/api/tasks/[id]/recommendations/route");
      modules.ask = await import("@/app/api/ask/route");
      modules.export = await import("@/app/api/export/route");
    });

    it("answers hostile input with an expected status and a clean JSON body, and changes nothing", async () => {
      const before = (await callRoute(modules.health, "/api/health")).body;
      expect(before.status).toBe("ok");
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async ({ route, method, id, params }) => {
          const search = new URLSearchParams(params).toString();
          const url = `${ROUTES[route].path.replace("{id}", encodeURIComponent(id))}${search ? `?${search}` : ""}`;
          const res = await callRoute(modules[route], url, { method, params: ROUTES[route].id ? { id } : {} });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(ALLOWED.has(res.status), `${method} ${url.slice(0, 200)} → ${res.status}`).toBe(true);
          expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
          if (res.status >= 400) expect(typeof res.body.error).toBe("string");
        }),
        { numRuns: RUNS, seed: SEED },
      );
      console.log(`[fuzz] ${backend}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      const after = (await callRoute(modules.health, "/api/health")).body;
      expect(after).toEqual(before);
      // The generator must reach both the happy path and the refusals.
      expect(statuses.get(200)).toBeGreaterThan(0);
      expect(statuses.get(400)).toBeGreaterThan(0);
      expect(statuses.get(405)).toBeGreaterThan(0);
    });
  });
}
