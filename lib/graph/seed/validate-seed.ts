import { TARGET_KINDS, relationshipId } from "../schema";
import { contradictions, RULES_OUT_FACT } from "./check-contradictions";
import type { Located, RawSeed } from "./read-seed";
import { explicitScopeProblems } from "./scope-report";
import { factProblems } from "./seed-facts";
import type { Seed, SeedProblem, SeedRelationship } from "./seed-types";

function duplicates<T extends { id: string }>(items: Located<T>[], what: string, problems: SeedProblem[]) {
  const first = new Map<string, Located<T>>();
  for (const item of items) {
    const earlier = first.get(item.value.id);
    if (earlier) {
      problems.push({ file: item.file, entry: item.entry, message: `duplicate ${what} id "${item.value.id}" (first in ${earlier.file})` });
    } else first.set(item.value.id, item);
  }
}

/** Finds IS_A cycles with a depth-first search; reports each cycle once, naming its members in order. */
function isACycles(relationships: Located<SeedRelationship>[]): Located<SeedRelationship>[][] {
  const out = new Map<string, Located<SeedRelationship>[]>();
  for (const r of relationships) {
    if (r.value.type !== "IS_A") continue;
    const list = out.get(r.value.from) ?? [];
    list.push(r);
    out.set(r.value.from, list);
  }
  const state = new Map<string, "open" | "done">();
  const stack: Located<SeedRelationship>[] = [];
  const cycles: Located<SeedRelationship>[][] = [];
  const visit = (id: string) => {
    state.set(id, "open");
    for (const edge of out.get(id) ?? []) {
      const next = edge.value.to;
      stack.push(edge);
      if (state.get(next) === "open") {
        const start = stack.findIndex((e) => e.value.from === next);
        cycles.push(stack.slice(start));
      } else if (!state.has(next)) visit(next);
      stack.pop();
    }
    state.set(id, "done");
  };
  for (const id of [...out.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}

export interface ValidateOptions {
  /** The curated graph's rule: every category claim states its scope, and every `some` says why in a note. */
  explicitScope?: boolean;
}

export function validateSeed(raw: RawSeed, options: ValidateOptions = {}): { seed: Seed; problems: SeedProblem[] } {
  const problems = [...raw.problems];
  duplicates(raw.sources, "source", problems);
  duplicates(raw.nodes, "node", problems);

  const sourceIds = new Set(raw.sources.map((s) => s.value.id));
  const nodes = new Map(raw.nodes.map((n) => [n.value.id, n.value]));
  const nodeIds: ReadonlySet<string> = new Set(nodes.keys());
  const connected = new Set<string>();
  const triples = new Map<string, Located<SeedRelationship>>();

  for (const rel of raw.relationships) {
    const { from, type, to, sources } = rel.value;
    const report = (message: string) => problems.push({ file: rel.file, entry: rel.entry, message });
    const fromNode = nodes.get(from);
    const toNode = nodes.get(to);
    if (!fromNode) report(`"from" refers to missing node "${from}"`);
    if (!toNode) report(`"to" refers to missing node "${to}"`);
    if (from === to) report(`self-loop on "${from}"`);
    if (type === "IS_A" && rel.value.scope) report("IS_A takes no scope: every member of a category is a member of its parents");
    for (const s of sources) if (!sourceIds.has(s.id)) report(`unknown source id "${s.id}"`);
    for (const d of rel.value.disputedBy ?? []) {
      if (!sourceIds.has(d.id)) report(`disputedBy: unknown source id "${d.id}"`);
      else if (sources.some((s) => s.id === d.id)) report(`disputedBy: "${d.id}" is also one of the relationship's own sources`);
    }
    if (rel.value.forecast && !rel.value.note) report("forecast: a claim about the future needs a note saying what is expected");
    const allowed = TARGET_KINDS[type];
    if (toNode && allowed && !allowed.includes(toNode.kind)) {
      report(`${type} must point at ${allowed.join(" or ")}, but "${to}" is a ${toNode.kind}`);
    }
    const key = relationshipId(from, type, to);
    const earlier = triples.get(key);
    if (earlier) report(`duplicate relationship (first in ${earlier.file}); list every source on one entry`);
    else triples.set(key, rel);
    if (fromNode && toNode) {
      connected.add(from);
      connected.add(to);
    }
  }

  for (const cycle of isACycles(raw.relationships)) {
    const names = [...cycle.map((e) => e.value.from), cycle[0].value.from].join(" -> ");
    problems.push({ file: cycle[0].file, entry: cycle[0].entry, message: `IS_A cycle: ${names}` });
  }

  for (const node of raw.nodes) {
    if (!connected.has(node.value.id)) problems.push({ file: node.file, entry: node.entry, message: "node has no relationship" });
    for (const message of factProblems(node.value, nodeIds, sourceIds)) problems.push({ file: node.file, entry: node.entry, message });
    const rulesOut = node.value.facts[RULES_OUT_FACT];
    if (rulesOut === undefined) continue;
    const unknown = (Array.isArray(rulesOut) ? rulesOut : [String(rulesOut)]).filter((id) => nodes.get(id)?.kind !== "Modality");
    if (!Array.isArray(rulesOut) || unknown.length > 0) {
      problems.push({ file: node.file, entry: node.entry, message: `${RULES_OUT_FACT} must list modality ids; not modalities: ${unknown.join(", ")}` });
    }
  }

  problems.push(...contradictions(raw.nodes, raw.relationships.map((r) => r.value)));
  if (options.explicitScope) problems.push(...explicitScopeProblems(raw.relationships));

  return {
    seed: {
      sources: raw.sources.map((s) => s.value),
      nodes: raw.nodes.map((n) => n.value),
      relationships: raw.relationships.map((r) => r.value),
    },
    problems,
  };
}
