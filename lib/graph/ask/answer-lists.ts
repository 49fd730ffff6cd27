// "What architecture does X use?", "What is X built on?", "Who made X?": the held values as items;
// when only members state them, which members, since nothing is said of X as a whole.
import { relPhrase } from "../phrases";
import type { RelType } from "../schema";
import type { Derived } from "../semantics";
import type { GraphPath, GraphStore, NodeRef } from "../types";
import type { Answer } from "./ask-types";
import { derivedPaths, join, pathSources, uniqueNodes } from "./evidence";
import { derivedValues, isHeld, loadFamily, type Family } from "./family";
import { heldBases, NOUNS } from "./answer-holds";
import { namesList, someNames } from "./wording";

const AGGREGATED_SHOWN = 5;

interface Listed {
  values: Derived[];
  held: boolean;
  paths: GraphPath[];
}

function list(family: Family, type: RelType): Listed {
  const values = derivedValues(family, type);
  const held = values.filter((d) => isHeld(family, d));
  if (held.length > 0) return { values: held, held: true, paths: held.flatMap((d) => derivedPaths(family, d, type, 0)) };
  const some = values.slice(0, AGGREGATED_SHOWN);
  return { values: some, held: false, paths: some.flatMap((d) => derivedPaths(family, d, type, 1)) };
}

/** The types a "uses" list asks for: the architecture, the technique, or what it is built on (and its architecture). */
const TYPES: Record<"architecture" | "technique" | "base" | "any", RelType[]> = {
  architecture: ["USES_ARCHITECTURE"],
  technique: ["USES_TECHNIQUE"],
  base: ["BUILT_ON"],
  any: ["BUILT_ON", "USES_ARCHITECTURE"],
};

export async function answerList(store: GraphStore, subject: NodeRef, what: keyof typeof TYPES | "developer"): Promise<Answer> {
  const family = await loadFamily(store, subject.id);
  const types: RelType[] = what === "developer" ? ["DEVELOPED_BY"] : TYPES[what];
  const X = family.details.node;
  const sentences: string[] = [];
  const items: NodeRef[] = [];
  const paths: GraphPath[] = [];
  let index = family.index;
  for (const type of types) {
    const found = list(family, type);
    if (found.values.length === 0) continue;
    const names = found.values.map((d) => d.node);
    items.push(...names);
    paths.push(...found.paths);
    sentences.push(
      found.held
        ? `${X.name} ${relPhrase(type, "out")} ${namesList(names.map((n) => n.name))}`
        : `not every ${X.name} has the same ${NOUNS[type]}: the graph names ${someNames(names, AGGREGATED_SHOWN)} for some of them`,
    );
  }
  // Nothing stated for X itself: what it is built on may say it ("ChatGPT is built on GPT-5, which uses the Transformer").
  if (items.length === 0 && !types.includes("BUILT_ON")) {
    for (const base of heldBases(family)) {
      const baseFamily = await loadFamily(store, base.node.id);
      const type = types[0];
      const found = list(baseFamily, type);
      if (!found.held) continue;
      const toBase = derivedPaths(family, base, "BUILT_ON", 0)[0];
      items.push(...found.values.map((d) => d.node));
      paths.push(...found.paths.map((p) => join(toBase, p)));
      index = new Map([...index, ...baseFamily.index]);
      sentences.push(`${X.name} is built on ${base.node.name}, which ${relPhrase(type, "out")} ${namesList(found.values.map((d) => d.node.name))}`);
      break;
    }
  }
  const text = sentences.length > 0 ? `${capitalise(sentences.join("; "))}.` : `The graph records no ${NOUNS[types[types.length - 1]]} for ${X.name}.`;
  return { text, nodes: uniqueNodes([X, ...items]), items: uniqueNodes(items), paths, sources: pathSources(paths, index) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
