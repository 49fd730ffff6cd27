// "Is X a Y?", "Are all X Y?", "Is X a Y or a Z?", "Can X exist without Y?": answered from IS_A reach
// alone. A "no" always names the reason: the separate branches under the nearest common ancestor.
import { disputesList } from "../reasoning/explain";
import type { GraphStore, GraphPath, IsaReach, NodeRef } from "../types";
import type { Answer, Verdict } from "./ask-types";
import { downPath, join, pathDisputes, pathSources, uniqueNodes, upPath } from "./evidence";
import { isA, loadFamily, type Family } from "./family";
import type { Quantifier } from "./parse-question";
import { aName, namesList, someNames } from "./wording";

const SHOWN = 3;

interface Finding {
  /** None for "X or Y?": it is answered by naming which, not by yes or no. */
  verdict?: Verdict;
  text: string;
  paths: GraphPath[];
  items: NodeRef[];
  nodes: NodeRef[];
}

const chainTo = (reach: IsaReach[], id: string) => reach.find((r) => r.id === id)?.chain;
const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

/** X's direct sub-categories and members that are neither T, above T nor under T: the other branches. */
function otherBranches(x: Family, t: Family): NodeRef[] {
  const lineage = new Set([t.details.node.id, ...t.ancestors.map((a) => a.id), ...t.members.map((m) => m.id)]);
  const children = x.members.filter((m) => m.depth === 1 && !lineage.has(m.id));
  const categoriesFirst = (n: IsaReach) => (n.kind === "Category" ? 0 : 1);
  return children.sort((a, b) => categoriesFirst(a) - categoriesFirst(b)).map((c) => x.index.get(c.id)!.node);
}

/** Members of both: X's members that are also under T. */
const commonMembers = (x: Family, t: Family) => x.members.filter((m) => t.members.some((n) => n.id === m.id));

function nearestCommonAncestor(x: Family, t: Family): { id: string; xChain: string[]; tChain: string[] } | null {
  let best: { id: string; xChain: string[]; tChain: string[] } | null = null;
  for (const a of x.ancestors) {
    const tChain = chainTo(t.ancestors, a.id);
    if (!tChain) continue;
    if (!best || a.chain.length + tChain.length < best.xChain.length + best.tChain.length) best = { id: a.id, xChain: a.chain, tChain };
  }
  return best;
}

function judge(x: Family, t: Family, quantifier: Quantifier): Finding {
  const X = x.details.node;
  const T = t.details.node;
  const every = x.members.length > 0 ? `every ${X.name}` : X.name;
  const up = chainTo(x.ancestors, T.id);
  if (up) {
    const paths = [upPath(up, x.index)].filter(present);
    const via = up.length > 2 ? ` (through ${namesList(up.slice(1, -1).map((id) => x.index.get(id)!.node.name))})` : "";
    return { verdict: "yes", text: `Yes: ${every} is ${aName(T)}${via}.`, paths, items: [T], nodes: [X, T] };
  }
  const down = chainTo(t.ancestors, X.id);
  if (down) {
    const others = otherBranches(x, t);
    const paths = [upPath(down, t.index), ...others.slice(0, SHOWN).map((o) => upPath([o.id, X.id], x.index))].filter(present);
    const rest = others.length > 0 ? `; others are ${someNames(others)}` : "";
    const text =
      quantifier === "all"
        ? `No: ${T.name} is one kind of ${X.name}, not all of it${rest}.`
        : `Partly: some ${X.name} is ${aName(T)}, since ${T.name} is one kind of ${X.name}${rest}.`;
    return { verdict: quantifier === "all" ? "no" : "partly", text, paths, items: [T, ...others], nodes: [X, T] };
  }
  const both = commonMembers(x, t);
  if (both.length > 0) {
    const shown = both.slice(0, SHOWN);
    const paths = shown.map((m) => {
      const toX = downPath(m.chain, x.index);
      const toT = upPath(chainTo(t.members, m.id)!, t.index);
      return toX && toT ? join(toX, toT) : null;
    });
    const named = someNames(both.map((m) => x.index.get(m.id)!.node));
    const text =
      quantifier === "all"
        ? `No: not every ${X.name} is ${aName(T)}; only some are, such as ${named}.`
        : `Partly: ${named} ${both.length > 1 ? "are" : "is"} both ${aName(X)} and ${aName(T)}, but not every ${X.name} is one.`;
    return { verdict: quantifier === "all" ? "no" : "partly", text, paths: paths.filter(present), items: both.map((m) => x.index.get(m.id)!.node), nodes: [X, T] };
  }
  const common = nearestCommonAncestor(x, t);
  if (!common) {
    const text = `No: ${X.name} is ${aName({ name: X.kind.toLowerCase() })}, and nothing in the graph makes it ${aName(T)}.`;
    return { verdict: "no", text, paths: [], items: [], nodes: [X, T] };
  }
  const lca = x.index.get(common.id)!.node;
  const branchOf = (chain: string[], f: Family) => f.index.get(chain[chain.length - 2])!.node;
  const xBranch = branchOf(common.xChain, x);
  const tBranch = branchOf(common.tChain, t);
  const xSide = xBranch.id === X.id ? `${X.name} is ${aName(lca)}` : `${X.name} is ${aName(xBranch)}`;
  const tSide = tBranch.id === T.id ? `${T.name} is a separate branch of ${lca.name}` : `${T.name} belongs to ${tBranch.name}, a separate branch of ${lca.name}`;
  const paths = [upPath(common.xChain, x.index), upPath(common.tChain, t.index)].filter(present);
  return { verdict: "no", text: `No: ${xSide}; ${tSide}.`, paths, items: [lca], nodes: uniqueNodes([X, xBranch, T, tBranch, lca]) };
}

function without(x: Family, t: Family): Finding {
  const X = x.details.node;
  const T = t.details.node;
  if (isA(x, T.id)) {
    const paths = [upPath(chainTo(x.ancestors, T.id)!, x.index)].filter(present);
    return { verdict: "no", text: `No: every ${X.name} is ${aName(T)}.`, paths, items: [T], nodes: [X, T] };
  }
  const down = chainTo(t.ancestors, X.id);
  const others = otherBranches(x, t);
  if (down && others.length > 0) {
    const paths = [upPath(down, t.index), ...others.slice(0, SHOWN).map((o) => upPath([o.id, X.id], x.index))].filter(present);
    const text = `Yes: ${T.name} is only one kind of ${X.name}; ${X.name} also includes ${someNames(others)}.`;
    return { verdict: "yes", text, paths, items: others, nodes: [X, T] };
  }
  return { verdict: "unknown", text: `The graph does not say whether ${X.name} depends on ${T.name}.`, paths: [], items: [], nodes: [X, T] };
}

/** Both targets of "Is X a Y or a Z?": both → yes, one → partly (it is that one), neither → no. */
function either(x: Family, [y, z]: [Finding, Finding], targets: NodeRef[]): Finding {
  const X = x.details.node;
  const held = targets.filter((_, i) => [y, z][i].verdict === "yes");
  const paths = [...y.paths, ...z.paths];
  const nodes = uniqueNodes([...y.nodes, ...z.nodes]);
  if (held.length === 2) return { text: `Both: ${X.name} is ${aName(targets[0])} and ${aName(targets[1])}.`, paths, items: targets, nodes };
  if (held.length === 1) {
    const notHeld = targets.find((t) => t.id !== held[0].id)!;
    return { text: `Only one: ${X.name} is ${aName(held[0])}, not ${aName(notHeld)}.`, paths, items: held, nodes };
  }
  return { text: `Neither: ${X.name} is neither ${aName(targets[0])} nor ${aName(targets[1])}.`, paths, items: [], nodes };
}

export async function answerMembership(store: GraphStore, subject: NodeRef, targets: NodeRef[], quantifier: Quantifier): Promise<Answer> {
  const x = await loadFamily(store, subject.id);
  const families = await Promise.all(targets.map((t) => loadFamily(store, t.id)));
  const same = targets.find((t) => t.id === subject.id);
  let finding: Finding;
  if (same) finding = { verdict: "yes", text: `Yes: the question names ${subject.name} twice.`, paths: [], items: [], nodes: [subject] };
  else if (quantifier === "without") finding = without(x, families[0]);
  else if (families.length === 2) finding = either(x, [judge(x, families[0], "one"), judge(x, families[1], "one")], targets);
  else finding = judge(x, families[0], quantifier);
  const index = new Map([...x.index, ...families.flatMap((f) => [...f.index])]);
  const disputes = pathDisputes(finding.paths, index);
  const contested = disputes.length > 0 && finding.verdict === "yes";
  return {
    ...(finding.verdict ? { verdict: contested ? "contested" : finding.verdict } : {}),
    text: contested ? `Sources disagree. ${finding.text.replace(/^Yes: /, "")} ${disputesList(disputes)}.` : finding.text,
    nodes: finding.nodes,
    items: finding.items,
    paths: finding.paths,
    sources: pathSources(finding.paths, index),
    ...(disputes.length > 0 ? { disputes } : {}),
  };
}
