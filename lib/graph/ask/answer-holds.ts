// "Does X <relate to> Y?" for capability (GENERATES), uses (USES_ARCHITECTURE, USES_TECHNIQUE,
// BUILT_ON) and developer (DEVELOPED_BY), through derive(): held (direct or inherited) is yes, only
// some members is partly, and a no names what X does have, or the limitation that rules Y out.
import type { DetailsIndex } from "../insights/graph-facts";
import { relPhrase } from "../phrases";
import type { RelType } from "../schema";
import type { Derived } from "../semantics";
import type { GraphPath, GraphStore, NodeRef } from "../types";
import type { Answer, Verdict } from "./ask-types";
import { derivedPaths, extend, pathSources, single, uniqueNodes } from "./evidence";
import { derivedValues, isHeld, loadFamily, type Family } from "./family";
import { someNames } from "./wording";

const MEMBERS_SHOWN = 3;
/** What a relationship type's targets are called, for "the graph records no … for X". */
export const NOUNS: Record<RelType, string> = {
  IS_A: "category",
  USES_ARCHITECTURE: "architecture",
  SUITED_FOR: "task",
  DEVELOPED_BY: "developer",
  BUILT_ON: "base model",
  GENERATES: "output",
  ACCEPTS: "input",
  APPLIED_IN: "industry",
  HAS_LIMITATION: "limitation",
  USES_TECHNIQUE: "technique",
};
/** What X does have, named in a "no": enough to show the reason, short enough for one sentence. */
const HELD_NAMED = 4;

export interface Judged {
  verdict: Verdict;
  text: string;
  paths: GraphPath[];
  nodes: NodeRef[];
  items: NodeRef[];
}

/** A limitation X holds whose `rulesOut` fact lists the modality, e.g. Text-Only Modality rules out image. */
async function rulingOut(store: GraphStore, family: Family, target: NodeRef): Promise<{ limitation: NodeRef; path: GraphPath } | null> {
  const held = derivedValues(family, "HAS_LIMITATION").filter((d) => isHeld(family, d));
  if (held.length === 0) return null;
  const limitations = await store.nodes(held.map((d) => d.node.id));
  const found = limitations.find((l) => {
    const rulesOut = l.node.rulesOut;
    return Array.isArray(rulesOut) && rulesOut.includes(target.id);
  });
  if (!found) return null;
  const d = held.find((h) => h.node.id === found.node.id)!;
  return { limitation: d.node, path: derivedPaths(family, d, "HAS_LIMITATION", 0)[0] };
}

/** Whether the family's subject stands in `type` to `target`, with evidence, in one sentence. */
export async function judgeHolds(store: GraphStore, family: Family, type: RelType, target: NodeRef): Promise<Judged> {
  const X = family.details.node;
  const phrase = relPhrase(type, "out");
  const values = derivedValues(family, type);
  const d = values.find((v) => v.node.id === target.id);
  if (d && isHeld(family, d)) {
    const paths = derivedPaths(family, d, type, 0);
    const why = d.origin === "inherited" && d.chain ? `, as every ${family.index.get(d.chain[d.chain.length - 1])?.node.name} does` : "";
    return { verdict: "yes", text: `Yes: ${X.name} ${phrase} ${target.name}${why}.`, paths, nodes: [X, target], items: [target] };
  }
  if (d) return partly(family, d, phrase, type);
  const ruled = type === "GENERATES" ? await rulingOut(store, family, target) : null;
  if (ruled) {
    const text = `No: ${X.name} has the limitation ${ruled.limitation.name}, which rules out ${target.name}.`;
    return { verdict: "no", text, paths: ruled.path ? [ruled.path] : [], nodes: [X, ruled.limitation, target], items: [] };
  }
  const held = values.filter((v) => isHeld(family, v));
  if (held.length > 0) {
    const text = `No: ${X.name} ${phrase} ${someNames(held.map((v) => v.node), HELD_NAMED)}; nothing in the graph says it ${phrase} ${target.name}.`;
    return { verdict: "no", text, paths: held.flatMap((v) => derivedPaths(family, v, type, 0)), nodes: uniqueNodes([X, ...held.map((v) => v.node), target]), items: held.map((v) => v.node) };
  }
  if (values.length > 0) {
    const some = values.map((v) => v.node);
    const text = `No: nothing in the graph says any ${X.name} ${phrase} ${target.name}; what some of them do instead: ${someNames(some)}.`;
    return { verdict: "no", text, paths: values.slice(0, MEMBERS_SHOWN).flatMap((v) => derivedPaths(family, v, type, 1)), nodes: [X, target], items: some };
  }
  return { verdict: "unknown", text: `The graph records no ${NOUNS[type]} for ${X.name}, so it cannot say.`, paths: [], nodes: [X, target], items: [] };
}

function partly(family: Family, d: Derived, phrase: string, type: RelType): Judged {
  const X = family.details.node;
  const members = d.members.map((id) => family.index.get(id)?.node).filter((n): n is NonNullable<typeof n> => Boolean(n));
  const such = members.length > 0 ? `; some do, such as ${someNames(members, MEMBERS_SHOWN)}` : `; the articles say it of ${X.name} as a whole, not of every member`;
  return {
    verdict: "partly",
    text: `Partly: not every ${X.name} ${phrase} ${d.node.name}${such}.`,
    paths: derivedPaths(family, d, type, MEMBERS_SHOWN),
    nodes: [X, d.node],
    items: members,
  };
}

/** What X is built on (held), to look one level further when X itself states nothing: "ChatGPT is built on GPT-4". */
export function heldBases(family: Family): Derived[] {
  return derivedValues(family, "BUILT_ON").filter((d) => isHeld(family, d));
}

/**
 * When X states nothing of `type`, what it is built on may: ChatGPT uses the Transformer because GPT-5 does.
 * Yes only when a base holds it; anything else is left to the caller's own answer.
 */
export async function judgeThroughBase(store: GraphStore, family: Family, type: RelType, target: NodeRef): Promise<(Judged & { index: DetailsIndex }) | null> {
  for (const base of heldBases(family)) {
    const baseFamily = await loadFamily(store, base.node.id);
    const judged = await judgeHolds(store, baseFamily, type, target);
    if (judged.verdict !== "yes") continue;
    const X = family.details.node;
    const toBase = derivedPaths(family, base, "BUILT_ON", 0)[0] ?? extend(single(X), "BUILT_ON", base.node);
    const paths = judged.paths.map((p) => ({ nodes: [...toBase.nodes, ...p.nodes.slice(1)], relationships: [...toBase.relationships, ...p.relationships] }));
    const text = `Yes: ${X.name} is built on ${base.node.name}, which ${relPhrase(type, "out")} ${target.name}.`;
    return { verdict: "yes", text, paths, nodes: [X, base.node, target], items: [target], index: new Map([...family.index, ...baseFamily.index]) };
  }
  return null;
}

export async function answerHolds(store: GraphStore, subject: NodeRef, type: RelType, target: NodeRef): Promise<Answer> {
  const family = await loadFamily(store, subject.id);
  let judged: Judged & { index?: DetailsIndex } = await judgeHolds(store, family, type, target);
  if (judged.verdict !== "yes" && type !== "BUILT_ON" && type !== "GENERATES") judged = (await judgeThroughBase(store, family, type, target)) ?? judged;
  const index = judged.index ?? family.index;
  return { verdict: judged.verdict, text: judged.text, nodes: judged.nodes, items: judged.items, paths: judged.paths, sources: pathSources(judged.paths, index) };
}

