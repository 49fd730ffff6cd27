// Turns query rows into the DTOs the API returns; nothing Neo4j-shaped leaves this folder.
import { annotations, type Annotations, sourceRef, type SourceInfo } from "../annotations";
import type { RelType, Scope } from "../schema";
import type { FactValue, NodeFull, NodeRef, SourceRef } from "../types";

export const FACT_PREFIX = "fact_";

export interface StoredSources {
  sourceIds: string[];
  sourceSections: string[];
  scope?: Scope | null;
  note?: string | null;
  disputeIds?: string[] | null;
  disputeSections?: string[] | null;
  disputeNotes?: string[] | null;
  forecast?: boolean | null;
}

/** Sources and disputes are stored as parallel lists on each relationship ("" where there is no section). */
export function reshapeSources(stored: StoredSources, info: Map<string, SourceInfo>): { sources: SourceRef[] } & Annotations {
  const sources = stored.sourceIds.map((id, i) => sourceRef(id, stored.sourceSections[i] || undefined, info));
  const disputedBy = (stored.disputeIds ?? []).map((id, i) => ({
    source: sourceRef(id, stored.disputeSections?.[i] || undefined, info),
    note: stored.disputeNotes?.[i] ?? "",
  }));
  return { sources, ...annotations({ ...stored, disputedBy }) };
}

/** [id, title, published] rows of the Source nodes. */
export const titleMap = (titles: [string, string, string | null][]) =>
  new Map<string, SourceInfo>(titles.map(([id, title, published]) => [id, { title, ...(published ? { published } : {}) }]));

/** A node as the details queries return it: its fields, and its facts as [stored key, value] pairs. */
export interface StoredNode {
  id: string;
  name: string;
  kind: NodeRef["kind"];
  aliases: string[] | null;
  summary: string;
  facts: [string, FactValue][];
}

export function reshapeNode(stored: StoredNode): NodeFull {
  const facts: Record<string, FactValue> = {};
  for (const [key, value] of stored.facts) facts[key.slice(FACT_PREFIX.length)] = value;
  return { ...facts, id: stored.id, name: stored.name, kind: stored.kind, aliases: stored.aliases ?? [], summary: stored.summary };
}

export interface StoredRel extends StoredSources {
  id: string;
  type: RelType;
}
