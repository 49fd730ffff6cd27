// JSON-LD 1.1 with the published context (`/api/export/context.jsonld`, vocabulary.ts): one `@graph` of concepts,
// relationships (stated, and reified as rdf:Statement with their sources and citations) and the cited articles.
// The same triples as the Turtle export.
import type { GraphRelationship, NodeFull, SourceRef } from "../graph/types";
import { citedSources, type ExportData } from "./export-data";
import { factProperties, type RdfValue, relExtraProperties, sourceExtraProperties } from "./rdf-values";
import { citationIri, conceptIri, KIND_CLASS, REL_PREDICATE, REL_TERM, sourceIri, statementIri } from "./vocabulary";

function value(v: RdfValue): unknown {
  switch (v.kind) {
    case "string":
    case "boolean":
      return v.value;
    case "number":
      return Number.isInteger(v.value) ? v.value : { "@value": v.value, "@type": "xsd:double" };
    case "date":
      return { "@value": v.value, "@type": "xsd:date" };
    case "json":
      return { "@value": v.value, "@type": "@json" };
  }
}
const properties = (props: [string, RdfValue[]][]) => Object.fromEntries(props.map(([p, values]) => [p, values.map(value)]));

const concept = (node: NodeFull) => ({
  id: conceptIri(node.id),
  type: ["skos:Concept", KIND_CLASS[node.kind]],
  kind: node.kind,
  name: node.name,
  aliases: node.aliases,
  summary: node.summary,
  ...properties(factProperties(node)),
});

const relationship = (rel: GraphRelationship) => [
  { id: conceptIri(rel.source), [REL_TERM[rel.type]]: conceptIri(rel.target) },
  {
    id: statementIri(rel.id),
    type: "Statement",
    subject: conceptIri(rel.source),
    predicate: REL_PREDICATE[rel.type],
    object: conceptIri(rel.target),
    relationshipId: rel.id,
    relationshipType: rel.type,
    ...(rel.scope ? { scope: rel.scope } : {}),
    ...(rel.note ? { note: rel.note } : {}),
    sources: [...new Set(rel.sources.map((s) => sourceIri(s.id)))],
    citations: rel.sources.map((s, i) => ({
      id: citationIri(rel.id, i),
      type: "Citation",
      source: sourceIri(s.id),
      ...(s.section ? { section: s.section } : {}),
    })),
    ...properties(relExtraProperties(rel)),
  },
];

const source = (s: SourceRef) => ({
  id: sourceIri(s.id),
  type: "Source",
  "dcterms:identifier": s.id,
  title: s.title,
  ...properties(sourceExtraProperties(s)),
});

export async function* jsonld(view: ExportData, contextUrl: string): AsyncGenerator<string> {
  yield `{\n  "@context": ${JSON.stringify(contextUrl)},\n  "@graph": [`;
  let first = true;
  const item = (o: unknown) => {
    const text = `${first ? "\n" : ",\n"}    ${JSON.stringify(o)}`;
    first = false;
    return text;
  };
  for await (const page of view.nodePages()) for (const node of page) yield item(concept(node));
  for (const rel of view.relationships) for (const o of relationship(rel)) yield item(o);
  for (const s of citedSources(view.relationships)) yield item(source(s));
  yield "\n  ]\n}\n";
}
