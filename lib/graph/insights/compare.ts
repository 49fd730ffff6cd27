// "A vs B", computed from the graph: how they relate, what they share, and every aspect's
// values with their origin (direct, inherited from an ancestor, or aggregated from examples).
import { badRequest } from "../errors";
import { AGGREGATE_CAP, DEFAULT_MAX_HOPS } from "../limits";
import { readablePaths } from "../path-rank";
import type { Claim } from "../reasoning/claims";
import { type Judgement, prepareSubject } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import { valuesOf } from "../reasoning/values";
import type { Descendants, GraphStore, IsaReach, NodeDetails, NodeRef } from "../types";
import { article, chainRefs, chainSources, type DetailsIndex, outgoing, ref } from "./graph-facts";
import type { Aspect, AspectKey, AspectValue, CompareResult } from "./insight-types";

export { AGGREGATE_CAP };
/** How many of the members behind a value are named. */
export const MEMBERS_NAMED = 3;

const CLAIM_ASPECTS: { key: AspectKey; label: string; claim: Claim }[] = [
  { key: "architectures", label: "Architectures", claim: "uses-architecture" },
  { key: "inputs", label: "Input modalities", claim: "accepts" },
  { key: "outputs", label: "Output modalities", claim: "generates" },
  { key: "tasks", label: "Suited for", claim: "suited-for" },
  { key: "industries", label: "Industries", claim: "applied-in" },
  { key: "limitations", label: "Limitations", claim: "has-limitation" },
  { key: "developers", label: "Developers", claim: "developed-by" },
];

interface Subject {
  details: NodeDetails;
  ancestors: IsaReach[];
  descendants: Descendants;
}

/** A judgement as a compare value: where it comes from, the members behind a "some", and any dispute. */
export function aspectValue(j: Judgement, hasMembers: boolean): AspectValue {
  const route = j.route && j.holding !== "some" ? j.route : undefined;
  // Said of the subject itself for some members ("generative AI generates images") is its own statement, with the members that bear it out.
  const origin: AspectValue["origin"] = !route ? (j.statedForSome ? "direct" : "aggregated") : route.kind === "direct" ? "direct" : route.kind === "inherited" ? "inherited" : "through";
  const via = route?.kind === "inherited" ? route.chain : route && route.kind !== "direct" ? j.paths[0]?.nodes.slice(0, -1) : origin === "aggregated" ? j.memberChain : undefined;
  return {
    ...ref(j.object),
    origin,
    ...(origin === "direct" ? { scope: hasMembers && !j.statedForSome ? "every" : "some" } : origin === "inherited" ? { scope: "every" as const } : {}),
    ...(via ? { via } : {}),
    ...(j.members.length > 0 ? { examples: j.members.length, members: j.members.slice(0, MEMBERS_NAMED) } : {}),
    ...(j.holding === "contested" ? { contested: true as const, disputes: j.disputes } : {}),
    sources: j.sources,
  };
}

function claimValues(k: Knowledge, id: string, claim: Claim): AspectValue[] {
  const hasMembers = k.hasMembers(id);
  return valuesOf(k, id, claim, true).map((j) => aspectValue(j, hasMembers));
}

function parentValues(k: Knowledge, id: string): AspectValue[] {
  return k.out(id, "IS_A").map((r) => ({
    ...ref(r.node),
    origin: "direct" as const,
    ...(r.disputedBy?.length ? { contested: true as const, disputes: r.disputedBy.map((d) => ({ ...d, relationship: r.id })) } : {}),
    sources: r.sources,
  }));
}

function exampleValues(subject: Subject, index: DetailsIndex): AspectValue[] {
  return subject.descendants.items.map((d) => ({
    ...ref(d),
    origin: d.depth === 1 ? "direct" : "transitive",
    ...(d.depth > 1 ? { via: chainRefs(d.chain, index) } : {}),
    sources: chainSources(d.chain, index),
  }));
}

function aspect(key: AspectKey, label: string, a: AspectValue[], b: AspectValue[]): Aspect {
  const inB = new Set(b.map((v) => v.id));
  return { key, label, a, b, shared: a.filter((v) => inB.has(v.id)).map((v) => v.id) };
}

/** Common IS_A ancestors (a and b count as their own) that have no common descendant below them. */
function lowestCommonAncestors(a: Subject, b: Subject, index: DetailsIndex): NodeRef[] {
  const upFrom = (s: Subject) => new Set([s.details.node.id, ...s.ancestors.map((x) => x.id)]);
  const inA = upFrom(a);
  const common = [...upFrom(b)].filter((id) => inA.has(id));
  const above = (id: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) for (const r of outgoing(index.get(stack.pop()!), "IS_A")) if (!seen.has(r.node.id)) stack.push((seen.add(r.node.id), r.node.id));
    return seen;
  };
  const notLowest = new Set(common.flatMap((id) => [...above(id)]));
  return common
    .filter((id) => !notLowest.has(id))
    .sort()
    .map((id) => ref(index.get(id)!.node));
}

function statement(a: NodeRef, b: NodeRef, aIsB: boolean, bIsA: boolean, lca: NodeRef[]): string {
  const every = (x: NodeRef, y: NodeRef) => `Every ${x.name} is ${article(y.name)} ${y.name}; not every ${y.name} is ${article(x.name)} ${x.name}.`;
  if (aIsB) return every(a, b);
  if (bIsA) return every(b, a);
  if (lca.length === 0) return `${a.name} and ${b.name} are not kinds of each other, and share no broader category in the graph.`;
  return `${a.name} and ${b.name} are not kinds of each other; both are kinds of ${lca.map((x) => x.name).join(" and ")}.`;
}

export async function compareConcepts(store: GraphStore, aId: string, bId: string, k = new Knowledge(store)): Promise<CompareResult> {
  if (aId === bId) throw badRequest("a and b must be two different concepts");
  const load = async (id: string): Promise<Subject> => {
    const [details, ancestors, descendants] = await Promise.all([store.node(id), store.ancestors(id), store.descendants(id, AGGREGATE_CAP)]);
    return { details, ancestors, descendants };
  };
  const [a, b] = await Promise.all([load(aId), load(bId)]);
  const related = [...new Set([a, b].flatMap((s) => [...s.ancestors, ...s.descendants.items].map((x) => x.id)))];
  const index: DetailsIndex = new Map([a.details, b.details, ...(await store.nodes(related))].map((d) => [d.node.id, d]));

  const aIsB = a.ancestors.some((x) => x.id === bId);
  const bIsA = b.ancestors.some((x) => x.id === aId);
  const direct = a.details.relationships
    .filter((r) => r.node.id === bId)
    .map((r) => ({ id: r.id, type: r.type, source: r.direction === "out" ? aId : bId, target: r.direction === "out" ? bId : aId, sources: r.sources }));
  const path =
    direct.length > 0
      ? null
      : ((await readablePaths(store, { from: aId, to: bId, directed: false, maxHops: DEFAULT_MAX_HOPS, mode: "shortest", limit: 1 }))[0] ?? null);
  const commonAncestors = lowestCommonAncestors(a, b, index);
  const [aRef, bRef] = [ref(a.details.node), ref(b.details.node)];
  await Promise.all([prepareSubject(k, aId), prepareSubject(k, bId)]);

  const kindValue = (n: NodeRef): AspectValue => ({ id: n.kind, name: n.kind, kind: n.kind, origin: "direct", sources: [] });
  const examples = aspect("examples", "Examples", exampleValues(a, index), exampleValues(b, index));
  return {
    a: { ...aRef, summary: a.details.node.summary },
    b: { ...bRef, summary: b.details.node.summary },
    relation: { statement: statement(aRef, bRef, aIsB, bIsA, commonAncestors), aIsB, bIsA, direct, path },
    commonAncestors,
    aspects: [
      aspect("kind", "Kind", [kindValue(aRef)], [kindValue(bRef)]),
      aspect("parents", "Is a", parentValues(k, aId), parentValues(k, bId)),
      ...CLAIM_ASPECTS.map(({ key, label, claim }) => aspect(key, label, claimValues(k, aId, claim), claimValues(k, bId, claim))),
      { ...examples, total: { a: a.descendants.total, b: b.descendants.total } },
    ],
  };
}
