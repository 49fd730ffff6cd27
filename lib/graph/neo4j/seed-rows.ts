// Seed entries as the property maps stored in Neo4j, and a fingerprint of a stored entry so
// that a re-run can tell unchanged entries (as they really are in the database) from changed ones.
import { relationshipId } from "../schema";
import { searchKeys } from "../search-rank";
import type { Seed, SeedNode, SeedRelationship, SeedSource } from "../seed/seed-types";
import { searchFields } from "./fulltext";
import { FACT_PREFIX } from "./reshape";

type Props = Record<string, unknown>;

/** Key order and labels' order do not matter; values do. */
export function fingerprint(props: Props, labels: string[] = []): string {
  return JSON.stringify([Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)), [...labels].sort()]);
}

/**
 * A node as stored: its facts prefixed, the search keys and full-text fields, and its degree (every
 * relationship it has, either direction), which /api/graph orders by instead of counting per request.
 */
export function nodeRow(node: SeedNode, degree: number): Props & { id: string; kind: SeedNode["kind"] } {
  const facts = Object.fromEntries(Object.entries(node.facts).map(([k, v]) => [FACT_PREFIX + k, v]));
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    aliases: node.aliases,
    summary: node.summary,
    searchKeys: searchKeys(node.name, node.aliases),
    ...searchFields(node.name, node.aliases),
    degree,
    ...facts,
  };
}

/**
 * `viewRank` is the later of its two ends in the order /api/graph keeps nodes (degree, then id): the relationship is
 * in an unfiltered view of the first N nodes exactly when viewRank < N, which an index answers without expanding hubs.
 */
export function relRow(rel: SeedRelationship, rank: (id: string) => number): { id: string; from: string; to: string; type: SeedRelationship["type"]; props: Props } {
  const id = relationshipId(rel.from, rel.type, rel.to);
  const props = {
    id,
    viewRank: Math.max(rank(rel.from), rank(rel.to)),
    sourceIds: rel.sources.map((s) => s.id),
    sourceSections: rel.sources.map((s) => s.section ?? ""),
    ...(rel.scope ? { scope: rel.scope } : {}),
    ...(rel.note ? { note: rel.note } : {}),
    // Disputes as parallel lists, like the sources: Neo4j properties hold no maps.
    ...(rel.disputedBy?.length
      ? {
          disputeIds: rel.disputedBy.map((d) => d.id),
          disputeSections: rel.disputedBy.map((d) => d.section ?? ""),
          disputeNotes: rel.disputedBy.map((d) => d.note),
        }
      : {}),
    ...(rel.forecast ? { forecast: true } : {}),
  };
  return { id, from: rel.from, to: rel.to, type: rel.type, props };
}

export const sourceRow = (source: SeedSource): Props & { id: string } => ({ ...source });

export function seedRows(seed: Seed) {
  const degree = new Map<string, number>();
  for (const rel of seed.relationships) for (const end of [rel.from, rel.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const degreeOf = (id: string) => degree.get(id) ?? 0;
  // The order of GRAPH_NODES (lib/graph/neo4j/queries.ts); slugs are ASCII, so < orders them as Cypher does.
  const ranked = seed.nodes.map((n) => n.id).sort((a, b) => degreeOf(b) - degreeOf(a) || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(ranked.map((id, i) => [id, i]));
  return {
    sources: seed.sources.map(sourceRow),
    nodes: seed.nodes.map((node) => nodeRow(node, degreeOf(node.id))),
    relationships: seed.relationships.map((rel) => relRow(rel, (id) => rank.get(id)!)),
  };
}
