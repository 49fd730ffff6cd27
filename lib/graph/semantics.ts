// What a statement about a category says about its members, applied in one place. A statement
// marked `scope: every` holds for each IS_A member, so members inherit it. Any other statement
// holds for some members only: it is never inherited down, and a parent gets such values by
// aggregating up from its members. Compare, recommendations, the seed checks and the details
// panel all derive through this module, on either store.
import type { RelType, Scope } from "./schema";
import type { NodeRef, SourceRef } from "./types";

/** Unmarked statements reach no member: a wrong inheritance tells a reader something false. */
export const DEFAULT_SCOPE: Scope = "some";

export function scopeOf(statement: { type: RelType; scope?: Scope }): Scope {
  return statement.type === "IS_A" ? "every" : (statement.scope ?? DEFAULT_SCOPE);
}

/** An outgoing statement of one node, as both stores and the seed can give it. */
export interface Statement {
  type: RelType;
  node: NodeRef;
  sources: SourceRef[];
  scope?: Scope;
}

/** A node reached over IS_A with the chain of ids between: [child, …, parent]. */
export interface Reached {
  id: string;
  chain: string[];
}

export type DerivedOrigin = "direct" | "inherited" | "aggregated";

export interface Derived {
  node: NodeRef;
  origin: DerivedOrigin;
  /** The statement's own scope, for direct and inherited values. */
  scope: Scope;
  /** For inherited values, the chain subject → … → ancestor that states it; for aggregated, the first member's chain. */
  chain?: string[];
  /** Members (nearest first) that state it themselves: the evidence for "some". */
  members: string[];
  sources: SourceRef[];
}

export function mergeSources(...lists: SourceRef[][]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of lists.flat()) seen.set(`${s.id}|${s.section ?? ""}`, s);
  return [...seen.values()];
}

export interface DeriveInput {
  subject: string;
  /** The subject's own outgoing statements of one type. */
  own: Statement[];
  /** IS_A ancestors nearest first, each with its own outgoing statements of that type. */
  ancestors: (Reached & { statements: Statement[] })[];
  /** IS_A members nearest first, each with its own outgoing statements of that type; empty to skip aggregation. */
  members: (Reached & { statements: Statement[] })[];
  /** Sources of the IS_A links along a chain, so an inherited or aggregated value cites why it reaches the subject. */
  chainSources: (chain: string[]) => SourceRef[];
}

/**
 * The values of one relationship type for a subject: its own (direct), its ancestors' `every`
 * statements (inherited), and its members' statements (aggregated). A value keeps the first
 * origin found in that order, and lists the members that state it, so "some" is backed by names.
 */
export function derive({ subject, own, ancestors, members, chainSources }: DeriveInput): Derived[] {
  const values = new Map<string, Derived>();
  for (const s of own) values.set(s.node.id, { node: s.node, origin: "direct", scope: scopeOf(s), members: [], sources: s.sources });
  for (const ancestor of ancestors) {
    for (const s of ancestor.statements) {
      if (scopeOf(s) !== "every" || values.has(s.node.id) || s.node.id === subject) continue;
      values.set(s.node.id, {
        node: s.node,
        origin: "inherited",
        scope: "every",
        chain: ancestor.chain,
        members: [],
        sources: mergeSources(chainSources(ancestor.chain), s.sources),
      });
    }
  }
  for (const member of members) {
    for (const s of member.statements) {
      if (s.node.id === subject) continue;
      const known = values.get(s.node.id);
      if (known) {
        if (known.origin !== "inherited" && !known.members.includes(member.id)) known.members.push(member.id);
        continue;
      }
      values.set(s.node.id, {
        node: s.node,
        origin: "aggregated",
        scope: "some",
        chain: member.chain,
        members: [member.id],
        sources: mergeSources(s.sources, chainSources(member.chain)),
      });
    }
  }
  return [...values.values()];
}

/** What a subject holds for itself: direct or inherited, never aggregated from members. */
export const holds = (input: Omit<DeriveInput, "members">): Derived[] => derive({ ...input, members: [] });
