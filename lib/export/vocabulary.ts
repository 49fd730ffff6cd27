// The RDF vocabulary of the JSON-LD and Turtle exports. Known vocabularies first: SKOS for names and is-a
// (`skos:broader`), Dublin Core terms for provenance (`dcterms:source`), schema.org for organisations and products;
// our own namespace (`ace:`) for the other kinds and relationship types.
//
// Identifiers are minted under one permanent base (w3id.org, the usual redirect service for vocabularies), never under
// the serving host, so an export names the same concept the same way wherever it was taken.
import type { Kind, RelType } from "../graph/schema";
import { KINDS, REL_TYPES } from "../graph/schema";

export const BASE = "https://w3id.org/ai-concepts/";

export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  schema: "https://schema.org/",
  ace: `${BASE}vocab#`,
  concept: `${BASE}concept/`,
  statement: `${BASE}statement/`,
  src: `${BASE}source/`,
} as const;

export const conceptIri = (id: string) => PREFIXES.concept + id;
export const statementIri = (relId: string) => PREFIXES.statement + relId;
export const citationIri = (relId: string, index: number) => `${PREFIXES.statement}${relId}/citation/${index + 1}`;
export const sourceIri = (id: string) => PREFIXES.src + encodeURIComponent(id);

/** Organisations and products are schema.org's; the other kinds are ours. Every concept is also a skos:Concept. */
export const KIND_CLASS: Record<Kind, string> = Object.fromEntries(
  KINDS.map((k) => [k, k === "Organization" ? "schema:Organization" : k === "Product" ? "schema:Product" : `ace:${k}`]),
) as Record<Kind, string>;

/** USES_ARCHITECTURE → usesArchitecture; IS_A is SKOS's broader. */
const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
export const REL_TERM: Record<RelType, string> = Object.fromEntries(
  REL_TYPES.map((t) => [t, t === "IS_A" ? "broader" : camel(t)]),
) as Record<RelType, string>;
export const REL_PREDICATE: Record<RelType, string> = Object.fromEntries(
  REL_TYPES.map((t) => [t, t === "IS_A" ? "skos:broader" : `ace:${REL_TERM[t]}`]),
) as Record<RelType, string>;

/** Field names that become `ace:` properties as they are (facts, extra fields); anything else is left out. */
export const SAFE_TERM = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The published JSON-LD context (`/api/export/context.jsonld`); the Turtle export uses the same terms. */
export function jsonldContext() {
  const rels = Object.fromEntries(REL_TYPES.map((t) => [REL_TERM[t], { "@id": REL_PREDICATE[t], "@type": "@id" }]));
  return {
    "@context": {
      "@version": 1.1,
      ...PREFIXES,
      id: "@id",
      type: "@type",
      name: "skos:prefLabel",
      aliases: { "@id": "skos:altLabel", "@container": "@set" },
      summary: "skos:definition",
      kind: "ace:kind",
      ...rels,
      Statement: "rdf:Statement",
      subject: { "@id": "rdf:subject", "@type": "@id" },
      predicate: { "@id": "rdf:predicate", "@type": "@id" },
      object: { "@id": "rdf:object", "@type": "@id" },
      relationshipId: "ace:relationshipId",
      relationshipType: "ace:relationshipType",
      scope: "ace:scope",
      note: "ace:note",
      sources: { "@id": "dcterms:source", "@type": "@id", "@container": "@set" },
      citations: { "@id": "ace:citation", "@type": "@id", "@container": "@set" },
      Citation: "ace:Citation",
      source: { "@id": "dcterms:source", "@type": "@id" },
      section: "ace:section",
      Source: "dcterms:BibliographicResource",
      title: "dcterms:title",
      published: "dcterms:issued",
    },
  };
}
