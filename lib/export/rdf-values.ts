// How the RDF exports carry values that have no fixed term: facts, and fields a relationship or a citation gains in a
// later version (`disputedBy`, `forecast`, `published`). Strings stay strings, numbers and booleans keep their XSD
// type, anything else is kept whole as JSON (`rdf:JSON`, JSON-LD's `@json`). Field names that are not plain
// identifiers are left out (they cannot be a property name).
import type { GraphRelationship, NodeFull, SourceRef } from "../graph/types";
import { factsOf, relExtras, sourceExtras } from "./export-data";
import { SAFE_TERM } from "./vocabulary";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type RdfValue =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: string }
  | { kind: "json"; value: unknown };

export function rdfValues(value: unknown): RdfValue[] {
  if (typeof value === "string") return [{ kind: "string", value }];
  if (typeof value === "number" && Number.isFinite(value)) return [{ kind: "number", value }];
  if (typeof value === "boolean") return [{ kind: "boolean", value }];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((v: string) => ({ kind: "string", value: v }));
  return [{ kind: "json", value }];
}

type Property = [predicate: string, values: RdfValue[]];
const asProperties = (entries: [string, unknown][]): Property[] =>
  entries.filter(([k]) => SAFE_TERM.test(k)).map(([k, v]) => [`ace:${k}`, rdfValues(v)]);

export const factProperties = (node: NodeFull): Property[] => asProperties(factsOf(node));
export const relExtraProperties = (rel: GraphRelationship): Property[] => asProperties(relExtras(rel));

/** A source's `published` date is Dublin Core's `issued`; other extra fields are ours. */
export function sourceExtraProperties(source: SourceRef): Property[] {
  const extras = sourceExtras(source);
  const published = extras.find(([k]) => k === "published")?.[1];
  const rest = asProperties(extras.filter(([k]) => k !== "published"));
  if (published === undefined) return rest;
  const issued: RdfValue[] = typeof published === "string" && ISO_DATE.test(published) ? [{ kind: "date", value: published }] : rdfValues(published);
  return [["dcterms:issued", issued], ...rest];
}

/** XSD's canonical double (4.5 → "4.5E0"), as JSON-LD writes a native non-integer number, so both exports agree. */
export const canonicalDouble = (value: number) => value.toExponential(15).replace(/(\d)0*e\+?/, "$1E");
