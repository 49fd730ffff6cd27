import type { Kind, RelType, Scope } from "../schema";
import type { FactValue } from "../types";

export interface SeedSource {
  id: string;
  title: string;
  file: string;
  /** The date the article gives for itself: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** Who published it, where the article says so. */
  publisher?: string;
}

export interface SeedNode {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  summary: string;
  facts: Record<string, FactValue>;
}

export interface SeedSourceRef {
  id: string;
  section?: string;
}

/** A source that disagrees with a relationship, and what it says instead (in our words). */
export interface SeedDispute {
  id: string;
  section?: string;
  note: string;
}

export interface SeedRelationship {
  from: string;
  type: RelType;
  to: string;
  sources: SeedSourceRef[];
  scope?: Scope;
  note?: string;
  disputedBy?: SeedDispute[];
  /** A claim about the future; such an edge carries a note. */
  forecast?: boolean;
}

export interface Seed {
  sources: SeedSource[];
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

/** One problem in one entry of one file; the validator reports all of them at once. */
export interface SeedProblem {
  file: string;
  entry: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file}: ${p.entry}: ${p.message}`;
}
