// The serialisers over a hand-made view: awkward text survives every format, fields a later version adds to
// relationships and sources (disputedBy, forecast, published) are carried, and the byte stream is written in chunks.
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import jsonld, { type JsonLdDocument } from "jsonld";
import type { RemoteDocument } from "jsonld/jsonld-spec";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { csv } from "@/lib/export/csv";
import { cypher } from "@/lib/export/cypher";
import type { ExportData } from "@/lib/export/export-data";
import { gexf } from "@/lib/export/gexf";
import { graphml } from "@/lib/export/graphml";
import { jsonld as toJsonld } from "@/lib/export/jsonld";
import { toStream } from "@/lib/export/stream";
import { turtle } from "@/lib/export/turtle";
import { jsonldContext } from "@/lib/export/vocabulary";
import type { GraphRelationship, NodeFull } from "@/lib/graph/types";

const AWKWARD = 'Tom & "Jerry" <b>\n\tl\'avion \\ ;\n// é 漢字';
const nodes: NodeFull[] = [
  { id: "a", name: AWKWARD, kind: "Product", aliases: ["x, y", "z|w"], summary: "line one\r\nline two", version: 4.5, open: true },
  { id: "b", name: "B", kind: "Organization", aliases: [], summary: "" },
];
const rel = {
  id: "a--DEVELOPED_BY--b",
  type: "DEVELOPED_BY",
  source: "a",
  target: "b",
  sources: [{ id: "alpha", title: "Alpha", section: "FAQ", published: "2024-05-01" }],
  note: AWKWARD,
  disputedBy: [{ by: "beta", says: "someone else" }],
  forecast: "2027",
} as unknown as GraphRelationship & { disputedBy: unknown };
const view: ExportData = {
  relationships: [rel],
  nodeCount: 2,
  truncated: false,
  async *nodePages() {
    yield nodes;
  },
};

async function text(pieces: AsyncIterable<string>) {
  let out = "";
  for await (const p of pieces) out += p;
  return out;
}

const NS = "https://w3id.org/ai-concepts/";

describe("export serialisers", () => {
  it("GraphML and GEXF keep awkward text and the extra relationship fields", async () => {
    for (const g of [parseGraphml(MultiDirectedGraph, await text(graphml(view))), parseGexf(MultiDirectedGraph, await text(gexf(view)))]) {
      expect(g.getNodeAttribute("a", "name")).toBe(AWKWARD);
      expect(g.getNodeAttribute("a", "summary")).toBe("line one\r\nline two");
      expect(JSON.parse(g.getNodeAttribute("a", "facts") as string)).toEqual({ open: true, version: 4.5 });
      const e = g.getEdgeAttributes(rel.id);
      expect(e.note).toBe(AWKWARD);
      expect(JSON.parse(e.disputedBy as string)).toEqual([{ by: "beta", says: "someone else" }]);
      expect(e.forecast).toBe("2027");
      expect(JSON.parse(e.citations as string)).toEqual(rel.sources);
    }
    const gx = parseGexf(MultiDirectedGraph, await text(gexf(view)));
    expect(gx.getNodeAttribute("a", "aliases")).toEqual(["x, y", "z|w"]);
  });

  it("Turtle and JSON-LD carry the extra fields, the same triples in both", async () => {
    const ttl = new Parser({ format: "text/turtle" }).parse(await text(turtle(view)));
    const find = (s: string, p: string) => ttl.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
    const st = `${NS}statement/${rel.id}`;
    expect(find(st, `${NS}vocab#forecast`).map((o) => o.value)).toEqual(["2027"]);
    const [disputed] = find(st, `${NS}vocab#disputedBy`);
    expect(disputed.termType === "Literal" && disputed.datatype.value).toBe("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON");
    expect(JSON.parse(disputed.value)).toEqual(rel.disputedBy);
    const [issued] = find(`${NS}source/alpha`, "http://purl.org/dc/terms/issued");
    expect(issued.value).toBe("2024-05-01");
    expect(find(`${NS}concept/a`, "http://www.w3.org/2004/02/skos/core#prefLabel").map((o) => o.value)).toEqual([AWKWARD]);
    expect(find(`${NS}concept/a`, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type").map((o) => o.value)).toContain("https://schema.org/Product");

    const documentLoader = async (url: string): Promise<RemoteDocument> => ({ documentUrl: url, document: jsonldContext() as unknown as RemoteDocument["document"] });
    const doc = JSON.parse(await text(toJsonld(view, "https://example.test/api/export/context.jsonld"))) as JsonLdDocument;
    const nquads = (await jsonld.toRDF(doc, { format: "application/n-quads", documentLoader })) as unknown as string;
    const fromJsonld = new Parser({ format: "application/n-quads" }).parse(nquads);
    const key = (q: (typeof ttl)[number]) =>
      `${q.subject.value} ${q.predicate.value} ${q.object.termType === "Literal" && q.object.datatype.value.endsWith("#JSON") ? JSON.stringify(JSON.parse(q.object.value)) : q.object.value}`;
    expect(new Set(fromJsonld.map(key))).toEqual(new Set(ttl.map(key)));
  });

  it("CSV adds the extra fields as columns and quotes what needs it", async () => {
    const rels = await text(csv(view, "relationships"));
    expect(rels.split("\r\n")[0]).toBe("id,type,source,target,scope,note,sources,sourceSections,disputedBy,forecast");
    expect(rels).toContain(`"${AWKWARD.replace(/"/g, '""')}"`);
    const nodesCsv = await text(csv(view, "nodes"));
    expect(nodesCsv).toContain('"x, y|z|w"');
  });

  it("Cypher keeps the extra fields as relationship properties and sources' dates", async () => {
    const script = await text(cypher(view));
    expect(script).toContain("published: '2024-05-01'");
    expect(script).toContain(`disputedBy: '[{"by":"beta","says":"someone else"}]'`);
    expect(script).toContain("forecast: '2027'");
    expect(script).toContain("fact_open: true, fact_version: 4.5}");
    // No raw newline inside a literal: a statement ends only where a line ends with ";".
    expect(script).toContain("name: 'Tom & \"Jerry\" <b>\\n\\tl\\'avion \\\\ ;\\n// é 漢字'");
  });

  it("streams in chunks, read only as the client pulls", async () => {
    let produced = 0;
    async function* many() {
      for (let i = 0; i < 5000; i++) {
        produced++;
        yield `piece ${i} `.padEnd(20, ".");
      }
    }
    const reader = toStream(many()).getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThanOrEqual(16 * 1024);
    expect(produced).toBeLessThan(5000);
    let chunks = 1;
    while (!(await reader.read()).done) chunks++;
    expect(chunks).toBeGreaterThan(4);
    expect(produced).toBe(5000);
  });
});
