// The open-data exports read back with the parsers their users use (graphology, n3, jsonld), against /api/graph's
// answer for the same view; run in-process against either backend holding the contract fixture seed.
import type { Quad } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphRelationship, GraphView } from "@/lib/graph/types";
import { callRoute } from "../support/call-route";
import { fetchExport, readCsv, readGexf, readGraphml, readJsonld, readTurtle } from "../support/read-export";

type Mod = Record<string, unknown>;
let graph: Mod, exporter: Mod, context: Mod;

const VIEWS = [
  ["the whole graph", ""],
  ["a filtered view", "kinds=Category,Model,Product&types=IS_A,BUILT_ON"],
  ["a list of ids", "ids=gpt-4,chatgpt,large-language-model,generative-ai,openai"],
] as const;

const NS = "https://w3id.org/ai-concepts/";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const DCT = "http://purl.org/dc/terms/";

/** The same view as /api/graph answers it; an id list is the whole graph cut to those nodes. */
async function expected(query: string): Promise<GraphView> {
  if (!query.startsWith("ids=")) return (await callRoute(graph, `/api/graph?${query}`)).body as unknown as GraphView;
  const ids = new Set(query.slice(4).split(","));
  const all = (await callRoute(graph, "/api/graph")).body as unknown as GraphView;
  const nodes = all.nodes.filter((n) => ids.has(n.id));
  const relationships = all.relationships.filter((r) => ids.has(r.source) && ids.has(r.target));
  return { nodes, relationships, truncated: false, totalNodes: nodes.length };
}

const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ((t[v] = (t[v] ?? 0) + 1), t), {});
const sorted = (values: string[]) => [...values].sort();

/** Every concept and relationship of the view, each relationship stated, reified and with each of its sources. */
function expectRdf(quads: Quad[], view: GraphView) {
  const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
  const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
  const concepts = quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${SKOS}Concept`).map((q) => q.subject.value);
  expect(sorted(concepts)).toEqual(sorted(view.nodes.map((n) => NS + "concept/" + n.id)));
  for (const n of view.nodes) {
    expect(objects(NS + "concept/" + n.id, `${SKOS}prefLabel`)).toEqual([n.name]);
    expect(objects(NS + "concept/" + n.id, `${NS}vocab#kind`)).toEqual([n.kind]);
  }
  const statements = quads.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${RDF}Statement`).map((q) => q.subject.value);
  expect(sorted(statements)).toEqual(sorted(view.relationships.map((r) => NS + "statement/" + r.id)));
  for (const r of view.relationships) {
    const s = NS + "statement/" + r.id;
    const predicate = r.type === "IS_A" ? `${SKOS}broader` : objects(s, `${RDF}predicate`)[0];
    expect(objects(s, `${RDF}predicate`)).toEqual([predicate]);
    expect(has(s, `${RDF}subject`, NS + "concept/" + r.source)).toBe(true);
    expect(has(s, `${RDF}object`, NS + "concept/" + r.target)).toBe(true);
    expect(has(NS + "concept/" + r.source, predicate, NS + "concept/" + r.target)).toBe(true);
    expect(objects(s, `${NS}vocab#relationshipType`)).toEqual([r.type]);
    expect(sorted(objects(s, `${DCT}source`))).toEqual(sorted(r.sources.map((x) => NS + "source/" + x.id)));
    const sections = objects(s, `${NS}vocab#citation`).flatMap((c) => objects(c, `${NS}vocab#section`));
    expect(sorted(sections)).toEqual(sorted(r.sources.flatMap((x) => (x.section ? [x.section] : []))));
    expect(objects(s, `${NS}vocab#note`)).toEqual(r.note ? [r.note] : []);
    expect(objects(s, `${NS}vocab#scope`)).toEqual(r.scope ? [r.scope] : []);
    for (const x of r.sources) expect(objects(NS + "source/" + x.id, `${DCT}title`)).toEqual([x.title]);
  }
}

export function exportSuite(backend: "memory" | "neo4j") {
  describe(`open-data exports on the ${backend} store`, () => {
    beforeAll(async () => {
      graph = await import("@/app/api/graph/route");
      exporter = await import("@/app/api/export/route");
      context = await import("@/app/api/export/context.jsonld/route");
    });

    it.each(VIEWS)("GraphML of %s reads back in graphology with the same nodes, kinds, relationships and types", async (_name, query) => {
      const view = await expected(query);
      const res = await fetchExport(exporter, `/api/export?format=graphml&${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="ai-concepts(-view)?\.graphml"$/);
      const g = readGraphml(res.text);
      expect(sorted(g.nodes())).toEqual(sorted(view.nodes.map((n) => n.id)));
      expect(tally(g.mapNodes((_, a) => a.kind as string))).toEqual(tally(view.nodes.map((n) => n.kind)));
      expect(g.size).toBe(view.relationships.length);
      expect(tally(g.mapEdges((_, a) => a.type as string))).toEqual(tally(view.relationships.map((r) => r.type)));
      for (const r of view.relationships) {
        const a = g.getEdgeAttributes(r.id);
        expect([g.source(r.id), g.target(r.id)]).toEqual([r.source, r.target]);
        expect(JSON.parse(a.sources as string)).toEqual(r.sources.map((s) => s.id));
        expect(JSON.parse(a.citations as string)).toEqual(r.sources);
        expect(a.note).toBe(r.note);
        expect(a.scope).toBe(r.scope);
      }
      for (const n of view.nodes) expect(g.getNodeAttribute(n.id, "name")).toBe(n.name);
      expect(JSON.parse(g.getNodeAttribute("gpt-4", "facts") as string ?? "{}")).toMatchObject(query.includes("gpt-4") || !query ? { releaseYear: 2023 } : {});
    });

    it.each(VIEWS)("GEXF of %s reads back in graphology with the same nodes, kinds, relationships and types", async (_name, query) => {
      const view = await expected(query);
      const res = await fetchExport(exporter, `/api/export?format=gexf&${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/gexf\+xml/);
      const g = readGexf(res.text);
      expect(sorted(g.nodes())).toEqual(sorted(view.nodes.map((n) => n.id)));
      expect(tally(g.mapNodes((_, a) => a.kind as string))).toEqual(tally(view.nodes.map((n) => n.kind)));
      expect(g.size).toBe(view.relationships.length);
      expect(tally(g.mapEdges((_, a) => a.type as string))).toEqual(tally(view.relationships.map((r) => r.type)));
      for (const r of view.relationships) expect(g.getEdgeAttribute(r.id, "sources")).toEqual(r.sources.map((s) => s.id));
      for (const n of view.nodes) expect(g.getNodeAttributes(n.id)).toMatchObject({ label: n.name, name: n.name });
      const all = (await callRoute(await import("@/app/api/nodes/[id]/route"), "/api/nodes/gpt-4", { params: { id: "gpt-4" } })).body;
      if (g.hasNode("gpt-4")) expect(g.getNodeAttribute("gpt-4", "aliases")).toEqual((all.node as { aliases: string[] }).aliases);
    });

    it.each(VIEWS)("Turtle of %s parses with n3 and holds every concept and relationship with its sources", async (_name, query) => {
      const res = await fetchExport(exporter, `/api/export?format=turtle&${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/turtle/);
      expect(res.headers.get("content-disposition")).toMatch(/\.ttl"$/);
      expectRdf(readTurtle(res.text), await expected(query));
    });

    it.each(VIEWS)("JSON-LD of %s expands with jsonld (published context) and holds the same statements", async (_name, query) => {
      const res = await fetchExport(exporter, `/api/export?format=jsonld&${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
      const { expanded, quads } = await readJsonld(res.text, context);
      expect(expanded.length).toBeGreaterThan(0);
      expectRdf(quads, await expected(query));
      // Term for term the Turtle export's triples.
      const turtle = readTurtle((await fetchExport(exporter, `/api/export?format=turtle&${query}`)).text);
      const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
      expect(new Set(quads.map(key))).toEqual(new Set(turtle.map(key)));
    });

    it("CSV comes as two files whose rows are the view's nodes and relationships", async () => {
      const view = await expected("");
      const nodes = readCsv((await fetchExport(exporter, "/api/export?format=csv&part=nodes")).text);
      expect(nodes[0]).toEqual(["id", "name", "kind", "aliases", "summary", "facts"]);
      expect(sorted(nodes.slice(1).map((r) => r[0]))).toEqual(sorted(view.nodes.map((n) => n.id)));
      const res = await fetchExport(exporter, "/api/export?format=csv&part=relationships");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="ai-concepts-relationships.csv"');
      const rels = readCsv(res.text);
      expect(rels[0]).toEqual(["id", "type", "source", "target", "scope", "note", "sources", "sourceSections"]);
      const byId = new Map(rels.slice(1).map((r) => [r[0], r]));
      expect(sorted([...byId.keys()])).toEqual(sorted(view.relationships.map((r) => r.id)));
      const r: GraphRelationship = view.relationships.find((x) => x.id === "large-language-model--IS_A--generative-ai")!;
      expect(byId.get(r.id)).toEqual([r.id, "IS_A", r.source, r.target, "", "", "alpha|beta", "|FAQ"]);
    });

    it("streams: the body is a stream, and unknown formats or parts answer 400 JSON", async () => {
      const res = await fetchExport(exporter, "/api/export?format=cypher");
      expect(res.status).toBe(200);
      expect(res.chunks).toBeGreaterThan(0);
      expect(res.text).toMatch(/CREATE CONSTRAINT concept_id IF NOT EXISTS/);
      for (const url of ["/api/export", "/api/export?format=xml", "/api/export?format=csv&part=edges", "/api/export?format=csv&kinds=Gadget", "/api/export?format=csv&ids=Bad!"]) {
        const bad = await callRoute(exporter, url);
        expect(bad.status).toBe(400);
        expect(bad.body.code).toBe("bad_request");
      }
    });

    it("publishes the JSON-LD context", async () => {
      const res = await callRoute(context, "/api/export/context.jsonld");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
      expect((res.body["@context"] as Record<string, unknown>).broader).toEqual({ "@id": "skos:broader", "@type": "@id" });
    });
  });
}
