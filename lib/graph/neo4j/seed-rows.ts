// Seed entries as the property maps stored in Neo4j, and a fingerprint of a stored entry so
// that a re-run can tell unchanged entries (as they really are in the database) from changed ones.
import { relationshipId } from "../schema";
import { searchKeys } from "../search-rank";
import type { Seed, SeedNode, SeedRelationship, SeedSource } from "../seed/seed-types";
import { FACT_PREFIX } from "./reshape";

type Props = Record<string, unknown>;

/** Key order and labels' order do not matter; values do. */
export function fingerprint(props: Props, labels: string[] = []): string {
  return JSON.stringify([Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)), [...labels].sort()]);
}

export function nodeRow(node: SeedNode): Props & { id: string; kind: SeedNode["kind"] } {
  const facts = Object.fromEntries(Object.entries(node.facts).map(([k, v]) => [FACT_PREFIX + k, v]));
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    aliases: node.aliases,
    summary: node.summary,
    searchKeys: searchKeys(node.name, node.aliases),
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
  return {
    sources: seed.sources.map(sourceRow),
    nodes: seed.nodes.map(nodeRow),
    relationships: seed.relationships.map(relRow),
  };
}
