// Turns query rows into the DTOs the API returns; nothing Neo4j-shaped leaves this folder.
import type { RelType, Scope } from "../schema";
import type { FactValue, NodeFull, NodeRef, SourceRef } from "../types";

export const FACT_PREFIX = "fact_";

export interface StoredSources {
  sourceIds: string[];
  sourceSections: string[];
  scope?: Scope | null;
  note?: string | null;
}

/** Sources are stored as parallel lists on each relationship ("" where there is no section). */
export function reshapeSources(stored: StoredSources, titles: Map<string, string>): { sources: SourceRef[]; scope?: Scope; note?: string } {
  const sources = stored.sourceIds.map((id, i) => {
    const section = stored.sourceSections[i];
    return { id, title: titles.get(id) ?? id, ...(section ? { section } : {}) };
  });
  return { sources, ...(stored.scope ? { scope: stored.scope } : {}), ...(stored.note ? { note: stored.note } : {}) };
}

export const titleMap = (titles: [string, string][]) => new Map(titles);

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
