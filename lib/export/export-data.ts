// What every serialiser reads: the view's relationships (known up front, so headers can declare their columns) and its
// nodes, with their aliases, summaries and facts, in pages read from the store as the document is written.
import type { Kind, RelType } from "../graph/schema";
import type { GraphRelationship, NodeFull, SourceRef } from "../graph/types";

export interface ExportSelection {
  kinds?: Kind[];
  types?: RelType[];
  /** Only these nodes (then kinds and types filter further). */
  ids?: string[];
}

export interface ExportData {
  /** Every relationship of the view whose two ends are in it, by id. */
  relationships: GraphRelationship[];
  /** How many nodes the view holds. */
  nodeCount: number;
  /** The view had more nodes than one export carries (MAX_EXPORT_NODES; the best connected kept, as /api/graph does). */
  truncated: boolean;
  /** The view's nodes, by id, a page at a time. */
  nodePages(): AsyncIterable<NodeFull[]>;
}

const NODE_FIELDS = new Set(["id", "name", "kind", "aliases", "summary"]);
const REL_FIELDS = new Set(["id", "type", "source", "target", "sources", "scope", "note"]);
const SOURCE_FIELDS = new Set(["id", "title", "section"]);

type Extra = [key: string, value: unknown];
const extras = (value: object, known: Set<string>): Extra[] =>
  Object.entries(value).filter(([k, v]) => !known.has(k) && v !== undefined && v !== null);

/** A node's facts (every field besides id, name, kind, aliases and summary), by name: the stores keep no order. */
export const factsOf = (node: NodeFull): Extra[] => extras(node, NODE_FIELDS).sort(([a], [b]) => (a < b ? -1 : 1));
/** Fields a relationship carries beyond the ones this version knows (e.g. `disputedBy`, `forecast`), kept as they are. */
export const relExtras = (rel: GraphRelationship): Extra[] => extras(rel, REL_FIELDS);
/** Fields a citation carries beyond id, title and section (e.g. `published`). */
export const sourceExtras = (source: SourceRef): Extra[] => extras(source, SOURCE_FIELDS);

/** The names of the extra relationship fields present anywhere in the view, sorted: the columns a header declares. */
export function relExtraKeys(relationships: GraphRelationship[]): string[] {
  const keys = new Set<string>();
  for (const rel of relationships) for (const [k] of relExtras(rel)) keys.add(k);
  return [...keys].sort();
}

/** Strings as they are; anything else as JSON. */
export const plain = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));

/** Every source cited in the view, each once, by id. */
export function citedSources(relationships: GraphRelationship[]): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  for (const rel of relationships) {
    for (const { section: _section, ...source } of rel.sources) if (!byId.has(source.id)) byId.set(source.id, source);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
