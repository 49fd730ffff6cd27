import type { Kind, RelType, Scope } from "../schema";
import type { FactValue } from "../types";

export interface SeedSource {
  id: string;
  title: string;
  file: string;
  published?: string;
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

export interface SeedRelationship {
  from: string;
  type: RelType;
  to: string;
  sources: SeedSourceRef[];
  scope?: Scope;
  note?: string;
  disputedBy?: SeedDispute[];
  forecast?: boolean;
}

export interface SeedDispute {
  id: string;
  section?: string;
  note: string;
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
