// Whether a subject itself holds a claim, and by which route: its own statement, an ancestor's
// statement about every member, what it is built on, or (for tasks) an architecture suited as a
// whole. Synchronous over loaded knowledge; prepare() loads what it reads.

import { scopeOf } from "../semantics";
import type { GraphPath, NodeRef, NodeRelationship } from "../types";
import { BASE_DEPTH, CLAIM_TYPE, THROUGH_BASE, type Claim } from "./claims";
import type { Knowledge } from "./knowledge";

export type Route =
  | { kind: "direct" }
  | { kind: "inherited"; from: NodeRef; chain: NodeRef[] }
  | { kind: "base"; base: NodeRef; inner: Route }
  | { kind: "architecture"; architecture: NodeRef; inner: Route };

/** One relationship on the way, read from its source node's details. */
export interface Step {
  from: string;
  rel: NodeRelationship;
}

export interface Hold {
  route: Route;
  /** Every relationship the route crosses, in order from the subject. */
  steps: Step[];
  path: GraphPath;
}

const ref = ({ id, name, kind }: NodeRef): NodeRef => ({ id, name, kind });

export function nodeRef(k: Knowledge, id: string): NodeRef {
  return ref(k.details(id).node);
}

export function stated(k: Knowledge, subject: string, claim: Claim, object: string): NodeRelationship | undefined {
  return k.out(subject, CLAIM_TYPE[claim]).find((r) => r.node.id === object);
}

/** A path made of steps that start at `subject`. */
export function pathOf(k: Knowledge, subject: string, steps: Step[]): GraphPath {
  const nodes = [nodeRef(k, subject)];
  const relationships = steps.map(({ from, rel }) => {
    const [source, target] = rel.direction === "out" ? [from, rel.node.id] : [rel.node.id, from];
    nodes.push(ref(rel.node));
    return { id: rel.id, type: rel.type, source, target, ...(rel.scope === "some" ? { some: true as const } : {}) };
  });
  return { nodes, relationships };
}

/** The IS_A steps of a chain of ids, child first. */
export function isaSteps(k: Knowledge, chain: string[]): Step[] {
  return chain.slice(0, -1).map((child, i) => ({ from: child, rel: k.isaEdge(child, chain[i + 1])! }));
}

/** Loads what held() may read for a subject: its ancestors and, to BASE_DEPTH, what it is built on and the architectures it uses. */
export function prepare(k: Knowledge, id: string, depth = 0): Promise<void> {
  return k.prepareOnce(id, depth, () => prepareNow(k, id, depth));
}

async function prepareNow(k: Knowledge, id: string, depth: number): Promise<void> {
  const line = [id, ...(await k.ancestors(id)).map((a) => a.id)];
  const reads = line.flatMap((n) => k.details(n).relationships.filter((r) => r.direction === "out" && r.type !== "IS_A").map((r) => r.node.id));
  await k.load(reads);
  if (depth >= BASE_DEPTH) return;
  const further = line.flatMap((n) => [...k.out(n, "BUILT_ON"), ...k.out(n, "USES_ARCHITECTURE")].map((r) => r.node.id));
  for (const next of new Set(further)) if (next !== id) await prepare(k, next, depth + 1);
}

/** The objects a subject states, or inherits, for a claim, before any check: the candidates held() decides. */
function candidates(k: Knowledge, subject: string, claim: Claim, depth: number): Set<string> {
  const ids = new Set(k.out(subject, CLAIM_TYPE[claim]).map((r) => r.node.id));
  for (const a of k.ancestorsLoaded(subject)) for (const r of k.out(a.id, CLAIM_TYPE[claim])) ids.add(r.node.id);
  if (depth < BASE_DEPTH && THROUGH_BASE.has(claim)) {
    for (const base of heldObjects(k, subject, "built-on", depth)) for (const id of candidates(k, base, claim, depth + 1)) ids.add(id);
  }
  if (depth < BASE_DEPTH && claim === "suited-for") {
    for (const arch of heldObjects(k, subject, "uses-architecture", depth)) for (const id of candidates(k, arch, claim, depth + 1)) ids.add(id);
  }
  ids.delete(subject);
  return ids;
}

/** Every object the subject holds a claim of, in a stable order. */
export function heldObjects(k: Knowledge, subject: string, claim: Claim, depth = 0): string[] {
  return k.remember(`objects|${subject}|${claim}|${depth}`, () => heldObjectsNow(k, subject, claim, depth));
}

function heldObjectsNow(k: Knowledge, subject: string, claim: Claim, depth: number): string[] {
  return [...candidates(k, subject, claim, depth)].filter((o) => held(k, subject, claim, o, depth) !== null).sort();
}

/**
 * How the subject itself holds the claim, or null. A statement on a node with members holds for the
 * node only when it is about every member; otherwise it is about some of them and is never inherited.
 */
export function held(k: Knowledge, subject: string, claim: Claim, object: string, depth = 0): Hold | null {
  return k.remember(`held|${subject}|${claim}|${object}|${depth}`, () => heldNow(k, subject, claim, object, depth));
}

function heldNow(k: Knowledge, subject: string, claim: Claim, object: string, depth: number): Hold | null {
  const own = stated(k, subject, claim, object);
  if (own && (scopeOf(own) === "every" || !k.hasMembers(subject))) {
    const steps = [{ from: subject, rel: own }];
    return { route: { kind: "direct" }, steps, path: pathOf(k, subject, steps) };
  }
  for (const a of k.ancestorsLoaded(subject)) {
    const e = stated(k, a.id, claim, object);
    if (!e || scopeOf(e) !== "every") continue;
    const steps = [...isaSteps(k, a.chain), { from: a.id, rel: e }];
    return { route: { kind: "inherited", from: nodeRef(k, a.id), chain: a.chain.map((id) => nodeRef(k, id)) }, steps, path: pathOf(k, subject, steps) };
  }
  if (depth >= BASE_DEPTH) return null;
  const through = (via: Claim, wrap: (node: NodeRef, inner: Route) => Route): Hold | null => {
    for (const middle of heldObjects(k, subject, via, depth)) {
      const inner = held(k, middle, claim, object, depth + 1);
      if (!inner) continue;
      const toMiddle = held(k, subject, via, middle, depth)!;
      const steps = [...toMiddle.steps, ...inner.steps];
      return { route: wrap(nodeRef(k, middle), inner.route), steps, path: pathOf(k, subject, steps) };
    }
    return null;
  };
  if (THROUGH_BASE.has(claim)) {
    const h = through("built-on", (base, inner) => ({ kind: "base", base, inner }));
    if (h) return h;
  }
  if (claim === "suited-for") return through("uses-architecture", (architecture, inner) => ({ kind: "architecture", architecture, inner }));
  return null;
}

