// Turtle (RDF 1.1): the same statements as the JSON-LD export, term for term (see vocabulary.ts). Each relationship is
// stated directly (`concept:a skos:broader concept:b`) and reified as an rdf:Statement that carries its sources,
// citations (source and section), scope and note: plain RDF 1.1 has no other way to say who backs a single triple.
// An article cited twice (two sections) is one dcterms:source and two citations.
import type { GraphRelationship, NodeFull, SourceRef } from "../graph/types";
import { citedSources, type ExportData } from "./export-data";
import { canonicalDouble, factProperties, type RdfValue, relExtraProperties, sourceExtraProperties } from "./rdf-values";
import { citationIri, conceptIri, KIND_CLASS, PREFIXES, REL_PREDICATE, sourceIri, statementIri } from "./vocabulary";

const escapeString = (s: string) =>
  s.replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!);
const str = (s: string) => `"${escapeString(s)}"`;
const iri = (s: string) => `<${s.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}>`;

function literal(v: RdfValue): string {
  switch (v.kind) {
    case "string":
      return str(v.value);
    case "number":
      return Number.isInteger(v.value) ? `"${v.value}"^^xsd:integer` : `"${canonicalDouble(v.value)}"^^xsd:double`;
    case "boolean":
      return `"${v.value}"^^xsd:boolean`;
    case "date":
      return `"${v.value}"^^xsd:date`;
    case "json":
      return `${str(JSON.stringify(v.value))}^^rdf:JSON`;
  }
}

/** One subject with its predicate-object list; empty object lists are dropped. */
function subject(id: string, pairs: [string, string[]][]): string {
  const lines = pairs.filter(([, objects]) => objects.length > 0).map(([p, objects]) => `    ${p} ${objects.join(", ")}`);
  return `${iri(id)}\n${lines.join(" ;\n")} .\n\n`;
}

function concept(node: NodeFull): string {
  return subject(conceptIri(node.id), [
    ["a", ["skos:Concept", KIND_CLASS[node.kind]]],
    ["ace:kind", [str(node.kind)]],
    ["skos:prefLabel", [str(node.name)]],
    ["skos:altLabel", node.aliases.map(str)],
    ["skos:definition", [str(node.summary)]],
    ...factProperties(node).map(([p, values]): [string, string[]] => [p, values.map(literal)]),
  ]);
}

function relationship(rel: GraphRelationship): string {
  const id = statementIri(rel.id);
  const asserted = subject(conceptIri(rel.source), [[REL_PREDICATE[rel.type], [iri(conceptIri(rel.target))]]]);
  const statement = subject(id, [
    ["a", ["rdf:Statement"]],
    ["rdf:subject", [iri(conceptIri(rel.source))]],
    ["rdf:predicate", [REL_PREDICATE[rel.type]]],
    ["rdf:object", [iri(conceptIri(rel.target))]],
    ["ace:relationshipId", [str(rel.id)]],
    ["ace:relationshipType", [str(rel.type)]],
    ["ace:scope", rel.scope ? [str(rel.scope)] : []],
    ["ace:note", rel.note ? [str(rel.note)] : []],
    ["dcterms:source", [...new Set(rel.sources.map((s) => iri(sourceIri(s.id))))]],
    ["ace:citation", rel.sources.map((_, i) => iri(citationIri(rel.id, i)))],
    ...relExtraProperties(rel).map(([p, values]): [string, string[]] => [p, values.map(literal)]),
  ]);
  const citations = rel.sources.map((s, i) =>
    subject(citationIri(rel.id, i), [
      ["a", ["ace:Citation"]],
      ["dcterms:source", [iri(sourceIri(s.id))]],
      ["ace:section", s.section ? [str(s.section)] : []],
    ]),
  );
  return asserted + statement + citations.join("");
}

const source = (s: SourceRef) =>
  subject(sourceIri(s.id), [
    ["a", ["dcterms:BibliographicResource"]],
    ["dcterms:identifier", [str(s.id)]],
    ["dcterms:title", [str(s.title)]],
    ...sourceExtraProperties(s).map(([p, values]): [string, string[]] => [p, values.map(literal)]),
  ]);

export async function* turtle(view: ExportData): AsyncGenerator<string> {
  for (const [prefix, ns] of Object.entries(PREFIXES)) yield `@prefix ${prefix}: ${iri(ns)} .\n`;
  yield "\n";
  for await (const page of view.nodePages()) for (const node of page) yield concept(node);
  for (const rel of view.relationships) yield relationship(rel);
  for (const s of citedSources(view.relationships)) yield source(s);
}
