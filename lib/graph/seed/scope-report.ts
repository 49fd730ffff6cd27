// Category claims: relationships (other than IS_A) from a node that has IS_A members. In the curated
// graph each must say whether it holds for every member or some (with a note saying why not every),
// and the scope report weighs each scope against what the members themselves state.
import type { RelType, Scope } from "../schema";
import { RULES_OUT_FACT, SeedGraph } from "./check-contradictions";
import type { Located } from "./read-seed";
import type { Seed, SeedProblem, SeedRelationship } from "./seed-types";

/** A `some` claim held by at least this share of the members is flagged as a likely `every`. */
export const MOSTLY_HELD = 0.8;

function withMembers(relationships: SeedRelationship[]): Set<string> {
  return new Set(relationships.filter((r) => r.type === "IS_A").map((r) => r.to));
}

/** Relationships from a node with IS_A members, IS_A itself excluded. */
export function categoryClaims<T extends SeedRelationship>(relationships: T[]): T[] {
  const categories = withMembers(relationships);
  return relationships.filter((r) => r.type !== "IS_A" && categories.has(r.from));
}

/** The curation rule: every category claim carries an explicit scope, and every `some` a note saying why. */
export function explicitScopeProblems(relationships: Located<SeedRelationship>[]): SeedProblem[] {
  const categories = withMembers(relationships.map((r) => r.value));
  const problems: SeedProblem[] = [];
  for (const { value: r, file, entry } of relationships) {
    if (r.type === "IS_A" || !categories.has(r.from)) continue;
    if (!r.scope) problems.push({ file, entry, message: `${r.from} has IS_A members: say scope: every or scope: some` });
    else if (r.scope === "some" && !r.note) problems.push({ file, entry, message: "scope: some needs a note saying why it is not every member" });
  }
  return problems;
}

export interface ScopeRow {
  subject: string;
  type: RelType;
  object: string;
  /** As written; unmarked claims read as "some". */
  scope: Scope;
  members: number;
  /** Members that hold it themselves: their own edge, or inherited with `every` from a nearer category (itself a member). */
  holding: string[];
  flags: string[];
}

const list = (ids: string[], max = 5) => (ids.length > max ? `${ids.slice(0, max).join(", ")} and ${ids.length - max} more` : ids.join(", "));

function ownEdge(relationships: SeedRelationship[], from: string, type: RelType, to: string) {
  return relationships.find((r) => r.from === from && r.type === type && r.to === to);
}

/** For each category claim: its scope, its members, how many hold it themselves, and what looks wrong. */
export function scopeReport(seed: Pick<Seed, "nodes" | "relationships">): ScopeRow[] {
  const graph = new SeedGraph(seed.nodes, seed.relationships);
  const modalities = (id: string, type: "GENERATES" | "ACCEPTS") => graph.holds(id, type).map((d) => d.node.id);
  const rulesOut = (limitation: string) => {
    const value = graph.nodes.get(limitation)?.facts[RULES_OUT_FACT];
    return Array.isArray(value) ? value : [];
  };
  return categoryClaims(seed.relationships).map((claim) => {
    const { from: subject, type, to: object } = claim;
    const scope = claim.scope ?? "some";
    const members = graph.members(subject, type).map((m) => m.id);
    // Categories between a member and the subject: what they give every member counts, what the subject or its own
    // ancestors give does not.
    const nearer = new Set(members);
    const holding = members.filter(
      (m) =>
        ownEdge(seed.relationships, m, type, object) !== undefined ||
        graph.ancestors(m, type).some((a) => nearer.has(a.id) && a.statements.some((s) => s.node.id === object && s.scope === "every")),
    );
    const flags: string[] = [];
    if (scope === "some" && members.length > 0 && holding.length / members.length >= MOSTLY_HELD) {
      flags.push(`some, yet ${holding.length} of ${members.length} members hold it: every?`);
    }
    if (scope === "every") {
      if (claim.disputedBy?.length) flags.push(`every, disputed by ${claim.disputedBy.map((d) => d.id).join(", ")}`);
      const disputedOwn = members.filter((m) => ownEdge(seed.relationships, m, type, object)?.disputedBy?.length);
      if (disputedOwn.length) flags.push(`every, but disputed for ${list(disputedOwn)}`);
      const contradicted = members.filter((m) => {
        if (type === "GENERATES" || type === "ACCEPTS") return graph.holds(m, "HAS_LIMITATION").some((l) => rulesOut(l.node.id).includes(object));
        if (type === "HAS_LIMITATION") return rulesOut(object).some((x) => modalities(m, "GENERATES").includes(x) || modalities(m, "ACCEPTS").includes(x));
        return false;
      });
      if (contradicted.length) flags.push(`every, but the own facts of ${list(contradicted)} rule it out`);
    }
    return { subject, type, object, scope, members: members.length, holding, flags };
  });
}
