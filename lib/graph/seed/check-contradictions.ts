// Contradictions between what the seed states and what follows from it under lib/graph/semantics.ts:
// a node that has, or inherits, a capability that it or an ancestor rules out. They are seed errors
// like any other, because every answer derived from them would contradict the articles, unless the
// seed records the disagreement: an edge involved (the limitation, the capability, the suitability,
// or an IS_A link it is inherited through) carries `disputedBy`.
import { relationshipId, type RelType } from "../schema";
import { derive, holds, type Derived, type Reached, type Statement } from "../semantics";
import type { NodeRef } from "../types";
import type { Located } from "./read-seed";
import type { SeedNode, SeedProblem, SeedRelationship } from "./seed-types";

/** A limitation fact listing the modalities that a node with the limitation can neither generate nor accept. */
export const RULES_OUT_FACT = "rulesOut";

type WithStatements = Reached & { statements: Statement[] };

/** The seed as the derivation rules see it, for the checks and the scope report. */
export class SeedGraph {
  private readonly out = new Map<string, Statement[]>();
  private readonly parents = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  private readonly disputed = new Set<string>();
  readonly nodes: Map<string, SeedNode>;

  constructor(nodes: SeedNode[], relationships: SeedRelationship[]) {
    this.nodes = new Map(nodes.map((n) => [n.id, n]));
    for (const r of relationships) {
      const to = this.nodes.get(r.to);
      if (!to || !this.nodes.has(r.from)) continue;
      const list = this.out.get(r.from) ?? [];
      list.push({ type: r.type, node: { id: to.id, name: to.name, kind: to.kind }, sources: r.sources.map((s) => ({ ...s, title: s.id })), scope: r.scope });
      this.out.set(r.from, list);
      if (r.disputedBy?.length) this.disputed.add(relationshipId(r.from, r.type, r.to));
      if (r.type === "IS_A") {
        this.parents.set(r.from, [...(this.parents.get(r.from) ?? []), r.to]);
        this.children.set(r.to, [...(this.children.get(r.to) ?? []), r.from]);
      }
    }
  }

  /** Whether the edge behind a derived value, or an IS_A link it was inherited through, is disputed. */
  isDisputed(subject: string, type: RelType, d: Derived): boolean {
    const chain = d.origin === "inherited" && d.chain ? d.chain : [subject];
    const links = chain.slice(1).map((to, i) => relationshipId(chain[i], "IS_A", to));
    return [relationshipId(chain[chain.length - 1], type, d.node.id), ...links].some((key) => this.disputed.has(key));
  }

  statements(id: string, type: RelType): Statement[] {
    return (this.out.get(id) ?? []).filter((s) => s.type === type);
  }

  /** Breadth-first over IS_A, nearest first, each with one shortest chain (ids from the start outwards). */
  private walk(id: string, next: Map<string, string[]>): Reached[] {
    const found: Reached[] = [];
    const seen = new Set([id]);
    let frontier: Reached[] = [{ id, chain: [id] }];
    while (frontier.length > 0) {
      const following: Reached[] = [];
      for (const at of frontier) {
        for (const n of [...(next.get(at.id) ?? [])].sort()) {
          if (seen.has(n)) continue;
          seen.add(n);
          following.push({ id: n, chain: [...at.chain, n] });
        }
      }
      found.push(...following);
      frontier = following;
    }
    return found;
  }

  ancestors(id: string, type: RelType): WithStatements[] {
    return this.walk(id, this.parents).map((a) => ({ ...a, statements: this.statements(a.id, type) }));
  }

  /** Members with chains child-first, as compare sees them: [member, …, id]. */
  members(id: string, type: RelType): WithStatements[] {
    return this.walk(id, this.children).map((m) => ({ id: m.id, chain: [...m.chain].reverse(), statements: this.statements(m.id, type) }));
  }

  hasMembers(id: string): boolean {
    return (this.children.get(id)?.length ?? 0) > 0;
  }

  holds(id: string, type: RelType): Derived[] {
    return holds({ subject: id, own: this.statements(id, type), ancestors: this.ancestors(id, type), chainSources: () => [] });
  }

  /** Own, inherited and aggregated from members: what "some X can" rests on. */
  someHold(id: string, type: RelType): Derived[] {
    return derive({ subject: id, own: this.statements(id, type), ancestors: this.ancestors(id, type), members: this.members(id, type), chainSources: () => [] });
  }
}

const origin = (d: Derived) => (d.origin === "inherited" && d.chain ? ` (inherited from ${d.chain[d.chain.length - 1]})` : "");
const names = (refs: NodeRef[]) => refs.map((r) => r.id).join(", ");

/** A node generates or accepts a modality that one of its limitations rules out. */
function ruledOutModalities(graph: SeedGraph, node: SeedNode): string[] {
  const problems: string[] = [];
  for (const limitation of graph.holds(node.id, "HAS_LIMITATION")) {
    const rulesOut = graph.nodes.get(limitation.node.id)?.facts[RULES_OUT_FACT];
    if (!Array.isArray(rulesOut) || graph.isDisputed(node.id, "HAS_LIMITATION", limitation)) continue;
    for (const type of ["GENERATES", "ACCEPTS"] as const) {
      for (const d of graph.holds(node.id, type).filter((v) => rulesOut.includes(v.node.id) && !graph.isDisputed(node.id, type, v))) {
        problems.push(
          `${type} ${d.node.id}${origin(d)} contradicts its limitation ${limitation.node.id}${origin(limitation)}, which rules out ${rulesOut.join(", ")}`,
        );
      }
    }
  }
  return problems;
}

/** A node is suited for a task whose output it cannot produce. */
function unproducibleTasks(graph: SeedGraph, node: SeedNode): string[] {
  const problems: string[] = [];
  for (const suited of graph.holds(node.id, "SUITED_FOR")) {
    const outputs = graph.statements(suited.node.id, "GENERATES").map((s) => s.node);
    if (outputs.length === 0 || graph.isDisputed(node.id, "SUITED_FOR", suited)) continue;
    // When the suitability reaches every member, so must the output; "some X is suited" needs only some X to produce it.
    const reachesMembers = suited.scope === "every" && graph.hasMembers(node.id);
    const produced = reachesMembers
      ? graph.holds(node.id, "GENERATES").filter((d) => d.scope === "every")
      : suited.scope === "every"
        ? graph.holds(node.id, "GENERATES")
        : graph.someHold(node.id, "GENERATES");
    const lacking = outputs.filter((o) => !produced.some((d) => d.node.id === o.id));
    if (lacking.length === 0) continue;
    const who = reachesMembers ? "every member generates" : "it generates";
    problems.push(`SUITED_FOR ${suited.node.id}${origin(suited)}, a task that outputs ${names(lacking)}, but nothing says ${who} ${names(lacking)}`);
  }
  return problems;
}

export function contradictions(nodes: Located<SeedNode>[], relationships: SeedRelationship[]): SeedProblem[] {
  const graph = new SeedGraph(
    nodes.map((n) => n.value),
    relationships,
  );
  return nodes.flatMap((n) =>
    [...ruledOutModalities(graph, n.value), ...unproducibleTasks(graph, n.value)].map((message) => ({ file: n.file, entry: n.entry, message: `contradiction: ${message}` })),
  );
}
