// "Is Llama open source?", "Can Phi-2 run offline?", "Is GPT-4 expensive?", and comparisons on the
// same recorded facts: "Are LLMs cheaper than multimodal models?", "Is Llama more open than GPT-4?".
// A fact is the node's own; a category is answered from its members' facts ("some LLMs are open
// source: …"), never by lending one member's fact to the class.
import { someNames } from "../reasoning/explain";
import { sourcesKey } from "../seed/seed-facts";
import { heldObjects, prepare } from "../reasoning/hold";
import { Knowledge } from "../reasoning/knowledge";
import type { DisputeFound } from "../reasoning/judge";
import { disputesList } from "../reasoning/explain";
import type { GraphStore, NodeFull, NodeRef, SourceRef } from "../types";
import type { Answer } from "./ask-types";
import type { Measure } from "./parse-question";

/** Limitations that are about cost: what "expensive" asks about. */
const COST_LIMITATIONS = new Set(["high-compute-cost", "high-training-cost", "high-operational-cost"]);
const BOOLEAN_FACT: Record<Exclude<Measure, "cost">, { key: string; yes: string; no: string }> = {
  openness: { key: "openSource", yes: "is open source", no: "is not open source" },
  offline: { key: "runsOffline", yes: "can run offline, on a device", no: "does not run offline" },
};

const single = (n: NodeRef) => ({ nodes: [{ id: n.id, name: n.name, kind: n.kind }], relationships: [] });

/** The sources a fact cites, when the curator recorded them as `<fact>Sources`. */
function factSources(node: NodeFull, key: string, k: Knowledge): SourceRef[] {
  const ids = node[sourcesKey(key)];
  if (!Array.isArray(ids)) return [];
  const known = new Map(k.allSources().map((s) => [s.id, s]));
  return ids.map((id) => known.get(id) ?? { id, title: id });
}

async function costOf(k: Knowledge, id: string) {
  await prepare(k, id);
  const held = heldObjects(k, id, "has-limitation").filter((l) => COST_LIMITATIONS.has(l));
  const edges = held.map((l) => k.out(id, "HAS_LIMITATION").find((r) => r.node.id === l) ?? null);
  const disputes: DisputeFound[] = edges.flatMap((e) => (e?.disputedBy ?? []).map((d) => ({ ...d, relationship: e!.id })));
  return { held: held.map((l) => k.details(l).node), disputes, sources: edges.flatMap((e) => e?.sources ?? []) };
}

export async function answerFact(store: GraphStore, subject: NodeRef, measure: Measure): Promise<Answer> {
  const k = new Knowledge(store);
  await k.load([subject.id]);
  const X = k.details(subject.id).node;
  if (measure === "cost") {
    const cost = await costOf(k, subject.id);
    if (cost.held.length === 0) return { verdict: "not-recorded", text: `Not recorded: the graph records no cost limitation for ${X.name}.`, nodes: [subject], items: [], paths: [single(subject)], sources: [] };
    const text = `Yes: ${X.name} has the limitation ${someNames(cost.held)}.`;
    return {
      verdict: cost.disputes.length > 0 ? "contested" : "yes",
      text: cost.disputes.length > 0 ? `${text} Sources disagree — ${disputesList(cost.disputes)}.` : text,
      nodes: [subject, ...cost.held],
      items: cost.held,
      paths: cost.held.map((l) => ({ nodes: [single(subject).nodes[0], { id: l.id, name: l.name, kind: l.kind }], relationships: [{ id: `${subject.id}--HAS_LIMITATION--${l.id}`, type: "HAS_LIMITATION" as const, source: subject.id, target: l.id }] })),
      sources: cost.sources,
      ...(cost.disputes.length > 0 ? { disputes: cost.disputes } : {}),
    };
  }
  const fact = BOOLEAN_FACT[measure];
  const own = X[fact.key];
  if (typeof own === "boolean") {
    return { verdict: own ? "yes" : "no", text: `${own ? "Yes" : "No"}: ${X.name} ${own ? fact.yes : fact.no}.`, nodes: [subject], items: [], paths: [single(subject)], sources: factSources(X, fact.key, k) };
  }
  const members = await k.members(subject.id);
  const holding = members.map((m) => k.details(m.id).node).filter((n) => n[fact.key] === true);
  if (holding.length > 0) {
    const items = holding.map((n) => ({ id: n.id, name: n.name, kind: n.kind }));
    return {
      verdict: "yes",
      text: `Yes, some do: ${someNames(items)} ${fact.yes.replace(/^is /, holding.length > 1 ? "are " : "is ").replace(/^can /, "can ")}; not every ${X.name} does.`,
      nodes: [subject, ...items],
      items,
      paths: items.slice(0, 3).map((n) => single(n)),
      sources: holding.flatMap((n) => factSources(n, fact.key, k)),
    };
  }
  return { verdict: "not-recorded", text: `Not recorded: the articles do not say whether ${X.name} ${fact.yes}.`, nodes: [subject], items: [], paths: [], sources: [] };
}

/** a and its IS_A ancestors: "cheaper than multimodal models" holds of anything that is one. */
async function lineOf(k: Knowledge, id: string): Promise<Set<string>> {
  return new Set([id, ...(await k.ancestors(id)).map((a) => a.id)]);
}

export async function answerComparison(store: GraphStore, a: NodeRef, b: NodeRef, measure: Measure, more: boolean): Promise<Answer> {
  const k = new Knowledge(store);
  await k.load([a.id, b.id]);
  const [A, B] = [k.details(a.id).node, k.details(b.id).node];
  const nodes = [a, b];
  if (measure === "cost") {
    const cheaper = (x: NodeFull, y: Set<string>) => Array.isArray(x.cheaperToDeployThan) && x.cheaperToDeployThan.some((id) => y.has(id));
    const aCheaper = cheaper(A, await lineOf(k, b.id));
    const bCheaper = cheaper(B, await lineOf(k, a.id));
    if (!aCheaper && !bCheaper) return { verdict: "not-recorded", text: `Not recorded: the articles do not compare the cost of ${A.name} and ${B.name}.`, nodes, items: [], paths: [], sources: [] };
    const [low, high] = aCheaper ? [A, B] : [B, A];
    const yes = more ? !aCheaper : aCheaper;
    const cost = await costOf(k, low.id);
    const stated = `${low.name} is cheaper to deploy than ${high.name}`;
    const text = cost.held.length > 0
      ? `Sources disagree: ${stated}, yet ${low.name} has the limitation ${someNames(cost.held)}.${cost.disputes.length > 0 ? ` ${disputesList(cost.disputes)}.` : ""}`
      : `${yes ? "Yes" : "No"}: ${stated}.`;
    return {
      verdict: cost.held.length > 0 ? "contested" : yes ? "yes" : "no",
      text,
      nodes,
      items: [{ id: low.id, name: low.name, kind: low.kind }],
      paths: [single(low)],
      sources: [...factSources(low, "cheaperToDeployThan", k), ...cost.sources],
      ...(cost.disputes.length > 0 ? { disputes: cost.disputes } : {}),
    };
  }
  const fact = BOOLEAN_FACT[measure];
  const [x, y] = [A[fact.key], B[fact.key]];
  if (typeof x !== "boolean" || typeof y !== "boolean" || x === y) {
    return { verdict: "not-recorded", text: `Not recorded: the articles do not say that one of ${A.name} and ${B.name} ${fact.yes} and the other does not.`, nodes, items: [], paths: [], sources: [] };
  }
  const yes = more ? x : y;
  const [hasIt, lacks] = x ? [A, B] : [B, A];
  return {
    verdict: yes ? "yes" : "no",
    text: `${yes ? "Yes" : "No"}: ${hasIt.name} ${fact.yes}; ${lacks.name} ${fact.no}.`,
    nodes,
    items: [{ id: hasIt.id, name: hasIt.name, kind: hasIt.kind }],
    paths: [single(a), single(b)],
    sources: [...factSources(A, fact.key, k), ...factSources(B, fact.key, k)],
  };
}
