// The HTTP contract of the route handlers, run in-process against either backend; the caller
// points the environment at a store holding the contract fixture seed.
import { beforeAll, describe, expect, it } from "vitest";
import { unpackDetails, type DetailsWire } from "@/lib/graph/details-wire";
import { getStore } from "@/lib/graph/store";
import { callRoute } from "../support/call-route";

type Mod = Record<string, unknown>;
let health: Mod, graph: Mod, node: Mod, glance: Mod, search: Mod, paths: Mod, compare: Mod, recommendations: Mod, ask: Mod;
const routeFor = (url: string) => ({ search, graph, paths, ask })[url.split("?")[0].split("/")[2] as "search" | "graph" | "paths" | "ask"];

const expectError = (res: { status: number; body: Record<string, unknown> }, status: number, code: string, message?: RegExp) => {
  expect(res.status).toBe(status);
  expect(res.body.code).toBe(code);
  expect(typeof res.body.requestId).toBe("string");
  if (message) expect(String(res.body.error)).toMatch(message);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
};

export function apiRouteSuite(backend: "memory" | "neo4j") {
describe(`API routes on the ${backend} store`, () => {
  beforeAll(async () => {
    health = await import("@/app/api/health/route");
    graph = await import("@/app/api/graph/route");
    node = await import("@/app/api/nodes/[id]/route");
    glance = await import("@/app/api/nodes/[id]/glance/route");
    search = await import("@/app/api/search/route");
    paths = await import("@/app/api/paths/route");
    compare = await import("@/app/api/compare/route");
    recommendations = await import("@/app/api/tasks/[id]/recommendations/route");
    ask = await import("@/app/api/ask/route");
  });

  it("reports health with counts", async () => {
    const res = await callRoute(health, "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", backend, nodes: 17, relationships: 25 });
  });

  it("serves the graph with filters and truncation", async () => {
    const all = await callRoute(graph, "/api/graph");
    expect((all.body.nodes as unknown[]).length).toBe(17);
    expect(all.body.truncated).toBe(false);
    const cut = await callRoute(graph, "/api/graph?kinds=Category,Model&types=IS_A&limit=2");
    expect(cut.status).toBe(200);
    expect(cut.body.truncated).toBe(true);
    expect((cut.body.nodes as unknown[]).length).toBe(2);
  });

  it("serves both layouts of the graph with it when asked, the same positions for an overview as for the whole", async () => {
    const plain = await callRoute(graph, "/api/graph");
    expect(plain.body).not.toHaveProperty("layout");
    const all = await callRoute(graph, "/api/graph?positions=true");
    expect(all.status).toBe(200);
    const layout = all.body.layout as { version: string; force: Record<string, [number, number]>; hierarchy: Record<string, [number, number]> };
    const ids = (all.body.nodes as { id: string }[]).map((n) => n.id).sort();
    expect(Object.keys(layout.force).sort()).toEqual(ids);
    expect(Object.keys(layout.hierarchy).sort()).toEqual(ids);
    expect(new Set(Object.values(layout.force).map(([x, y]) => `${x},${y}`)).size).toBe(ids.length);
    // gpt-4 IS_A large-language-model in the fixture: the parent is drawn above.
    expect(layout.hierarchy["large-language-model"][1]).toBeLessThan(layout.hierarchy["gpt-4"][1]);
    const cut = await callRoute(graph, "/api/graph?limit=3&positions=true");
    const cutLayout = cut.body.layout as typeof layout;
    const cutIds = (cut.body.nodes as { id: string }[]).map((n) => n.id);
    expect(Object.keys(cutLayout.force).sort()).toEqual([...cutIds].sort());
    for (const id of cutIds) expect(cutLayout.force[id]).toEqual(layout.force[id]);
    expect(cutLayout.version).toBe(layout.version);
    expectError(await callRoute(graph, "/api/graph?positions=yes"), 400, "bad_request", /true or false/);
  });

  it("serves node details and 404s an unknown node", async () => {
    const ok = await callRoute(node, "/api/nodes/gpt-4", { params: { id: "gpt-4" } });
    expect(ok.status).toBe(200);
    expect((ok.body.node as { name: string }).name).toBe("GPT-4");
    // Each article once, relationships pointing at their citations; unpacked, it is the store's answer.
    const wire = ok.body as unknown as DetailsWire;
    expect(unpackDetails(wire)).toEqual(await getStore().node("gpt-4"));
    const titles = Object.values(wire.sources).map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(JSON.stringify(wire).split(JSON.stringify(title)).length - 1).toBe(1);
    expectError(await callRoute(node, "/api/nodes/nope", { params: { id: "nope" } }), 404, "not_found", /"nope" not found/);
    expectError(await callRoute(node, "/api/nodes/x", { params: { id: "Bad Id!" } }), 400, "bad_request", /node id/);
  });

  it("ranks paths through a modality hub after paths along strong links", async () => {
    const res = await callRoute(paths, "/api/paths?from=gpt-4&to=dall-e-3");
    const found = res.body.paths as { nodes: { id: string; kind: string }[] }[];
    expect(found.length).toBeGreaterThan(1);
    expect(found[0].nodes.some((n) => n.kind === "Modality")).toBe(false);
    expect(found.some((p) => p.nodes.some((n) => n.id === "image"))).toBe(true);
  });

  it("serves search and paths", async () => {
    const s = await callRoute(search, "/api/search?q=genai&limit=3");
    expect((s.body.results as { id: string }[])[0].id).toBe("generative-ai");
    const p = await callRoute(paths, "/api/paths?from=gpt-4&to=generative-ai&types=IS_A&directed=true&maxHops=3&mode=all&limit=2");
    expect(p.status).toBe(200);
    expect((p.body.paths as unknown[]).length).toBe(2);
  });

  it.each([
    ["search without q", "/api/search", /q: is required/],
    ["empty q", "/api/search?q=", /q: is required/],
    ["over-long q", `/api/search?q=${"x".repeat(201)}`, /at most 200/],
    ["limit zero", "/api/search?q=gpt&limit=0", /at least 1/],
    ["limit too big", "/api/search?q=gpt&limit=51", /at most 50/],
    ["limit not an integer", "/api/search?q=gpt&limit=1.5", /whole number/],
    ["limit in hex", "/api/search?q=gpt&limit=0xfa", /whole number/],
    ["limit negative", "/api/graph?limit=-1", /whole number/],
    ["unknown kind", "/api/graph?kinds=Category,Gadget", /unknown kind "Gadget"/],
    ["unknown type", "/api/graph?types=LOVES", /unknown relationship type "LOVES"/],
    ["graph limit too big", "/api/graph?limit=20001", /at most 20000/],
    ["paths without to", "/api/paths?from=gpt-4", /to: /],
    ["paths with a bad id", "/api/paths?from=gpt-4&to=Robert');DROP", /node id/],
    ["maxHops 0", "/api/paths?from=gpt-4&to=openai&maxHops=0", /at least 1/],
    ["maxHops 11", "/api/paths?from=gpt-4&to=openai&maxHops=11", /at most 10/],
    ["maxHops NaN", "/api/paths?from=gpt-4&to=openai&maxHops=NaN", /whole number/],
    ["path limit 51", "/api/paths?from=gpt-4&to=openai&limit=51", /at most 50/],
    ["bad mode", "/api/paths?from=gpt-4&to=openai&mode=longest", /shortest or all/],
    ["bad directed", "/api/paths?from=gpt-4&to=openai&directed=yes", /true or false/],
    ["repeated parameter", "/api/paths?from=gpt-4&from=openai&to=openai", /from: given more than once/],
    ["ask without q", "/api/ask", /q: is required/],
    ["ask with an empty q", "/api/ask?q=", /q: is required/],
    ["ask with only spaces", "/api/ask?q=%20%20%20", /q: is required/],
    ["ask with an over-long q", `/api/ask?q=${"why ".repeat(51)}`, /at most 200/],
    ["ask with q twice", "/api/ask?q=a&q=b", /q: given more than once/],
  ])("answers 400 for %s", async (_name, url, message) => {
    expectError(await callRoute(routeFor(url), url), 400, "bad_request", message);
  });

  it("compares two concepts, and refuses the same one twice or an unknown one", async () => {
    const ok = await callRoute(compare, "/api/compare?a=large-language-model&b=generative-ai");
    expect(ok.status).toBe(200);
    expect((ok.body.relation as { aIsB: boolean }).aIsB).toBe(true);
    expectError(await callRoute(compare, "/api/compare?a=gpt-4&b=gpt-4"), 400, "bad_request", /two different concepts/);
    expectError(await callRoute(compare, "/api/compare?a=gpt-4&b=nowhere"), 404, "not_found");
    expectError(await callRoute(compare, "/api/compare?a=gpt-4"), 400, "bad_request", /b: /);
  });

  it("serves a node at a glance, with what it inherits, and 404s an unknown node", async () => {
    const ok = await callRoute(glance, "/api/nodes/gpt-4/glance", { params: { id: "gpt-4" } });
    expect(ok.status).toBe(200);
    const rows = ok.body.rows as { key: string; values: { id: string; origin: string }[] }[];
    expect(rows.find((r) => r.key === "suitedFor")?.values).toEqual([expect.objectContaining({ id: "customer-support", origin: "inherited" })]);
    expectError(await callRoute(glance, "/x", { params: { id: "nowhere" } }), 404, "not_found");
  });

  it("recommends for a task, and refuses a non-task or an unknown id", async () => {
    const ok = await callRoute(recommendations, "/api/tasks/customer-support/recommendations", { params: { id: "customer-support" } });
    expect(ok.status).toBe(200);
    expect((ok.body.recommendations as { node: { id: string } }[]).map((r) => r.node.id)).toEqual(["chatgpt", "gpt-4"]);
    expect((ok.body.kinds as { node: { id: string } }[]).map((r) => r.node.id)).toEqual(["large-language-model"]);
    expectError(await callRoute(recommendations, "/x", { params: { id: "gpt-4" } }), 400, "bad_request", /not a Task/);
    expectError(await callRoute(recommendations, "/x", { params: { id: "nowhere" } }), 404, "not_found");
  });

  it("answers questions in plain words, with the verdict, the evidence and its sources", async () => {
    const yes = await callRoute(ask, `/api/ask?q=${encodeURIComponent("Is GPT-4 a large language model?")}`);
    expect(yes.status).toBe(200);
    expect(yes.body.interpretation).toEqual({ form: "membership", concepts: [{ id: "gpt-4", name: "GPT-4" }, { id: "large-language-model", name: "Large Language Model" }] });
    const answer = yes.body.answer as { verdict: string; paths: { nodes: { id: string }[]; relationships: { id: string }[] }[]; sources: { id: string }[] };
    expect(answer.verdict).toBe("yes");
    expect(answer.paths.map((p) => p.relationships.map((r) => r.id))).toEqual([["gpt-4--IS_A--large-language-model"]]);
    expect(answer.sources.map((s) => s.id)).toEqual(["alpha"]);

    // DALL·E 3 and LLMs meet at Generative AI: a "no" with both branches as evidence.
    const no = await callRoute(ask, `/api/ask?q=${encodeURIComponent("is dalle 3 an LLM")}`);
    expect((no.body.answer as { verdict: string }).verdict).toBe("no");
    expect((no.body.answer as { paths: unknown[] }).paths).toHaveLength(2);

    const lost = await callRoute(ask, `/api/ask?q=${encodeURIComponent("') DETACH DELETE n //")}`);
    expect(lost.status).toBe(200);
    expect(lost.body.interpretation).toEqual({ form: "unknown", concepts: [] });
    expect((lost.body.answer as { verdict: string }).verdict).toBe("unknown");
  });

  it("answers 404 for an unknown path endpoint", async () => {
    expectError(await callRoute(paths, "/api/paths?from=gpt-4&to=no-such-node"), 404, "not_found");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("answers 405 JSON to %s on every route", async (method) => {
    for (const mod of [health, graph, node, search, paths, compare, recommendations, ask]) {
      const res = await callRoute(mod, "/api/x", { method });
      expectError(res, 405, "method_not_allowed");
      expect(res.headers.get("allow")).toBe("GET, HEAD");
    }
  });
});
}
