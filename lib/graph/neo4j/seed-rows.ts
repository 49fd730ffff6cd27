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

export function relRow(rel: SeedRelationship): { id: string; from: string; to: string; type: SeedRelationship["type"]; props: Props } {
  const id = relationshipId(rel.from, rel.type, rel.to);
  const props = {
    id,
    sourceIds: rel.sources.map((s) => s.id),
    sourceSections: rel.sources.map((s) => s.section ?? ""),
    ...(rel.scope ? { scope: rel.scope } : {}),
    ...(rel.note ? { note: rel.note } : {}),
  };
  return { id, from: rel.from, to: rel.to, type: rel.type, props };
}

export const sourceRow = (source: SeedSource): Props & { id: string } => ({ ...source });

export function seedRows(seed: Seed) {
  const degree = new Map<string, number>();
  for (const rel of seed.relationships) for (const end of [rel.from, rel.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    sources: seed.sources.map(sourceRow),
    nodes: seed.nodes.map((node) => nodeRow(node, degree.get(node.id) ?? 0)),
    relationships: seed.relationships.map(relRow),
  };
}
