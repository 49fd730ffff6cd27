// Answers a question typed in plain words from the graph alone: parse it into a form, resolve its
// phrases with the store's search, and hand the nodes to the form's answerer. No guessing: a phrase
// that matches nothing, or a question no form fits, answers "unknown" with what was recognised.
import type { Kind, RelType } from "../schema";
import type { GraphStore, NodeRef } from "../types";
import { answerCapability } from "./answer-capability";
import { answerDefinition } from "./answer-definition";
import { answerHolds } from "./answer-holds";
import { answerList } from "./answer-lists";
import { answerMembership } from "./answer-membership";
import { answerRelation } from "./answer-relation";
import { answerSuitability } from "./answer-suitability";
import type { Answer, AskForm, AskResult, Relation } from "./ask-types";
import { contentWords, normaliseQuestion, parseQuestion, type ParsedQuestion } from "./parse-question";
import { resolvePhrase, splitJoined, type Resolved } from "./resolve-concepts";
import { FORMS_UNDERSTOOD } from "./wording";

/** Kinds preferred when a phrase matches several nodes equally well, per slot. */
const CLASSES: Kind[] = ["Category", "Architecture", "Model", "Product", "Limitation"];
const THINGS: Kind[] = ["Category", "Model", "Product", "Architecture", "Technique", "Organization"];
/** What a capability's object may name, by relation: "generate images", "understand charts", "do voiceover generation", "work in healthcare". */
const OBJECTS: Record<Relation, Kind[]> = { generates: ["Modality", "Task"], accepts: ["Modality", "Task"], does: ["Task", "Industry"] };
const USED: Kind[] = ["Architecture", "Technique", "Model", "Category"];
const TASKS: Kind[] = ["Task", "Modality"];
const DEVELOPERS: Kind[] = ["Organization"];
/** How many recognised words are offered as search results when the question is not understood. */
const SUGGESTIONS = 6;

const concept = (n: NodeRef) => ({ id: n.id, name: n.name });
const isYesNo = (p: ParsedQuestion) =>
  p.form === "membership" ||
  p.form === "capability" ||
  (p.form === "uses" && p.object !== undefined) ||
  (p.form === "developer" && p.developer !== undefined) ||
  (p.form === "relation" && p.same);

/** What the question's words name, for a question no form fits or a phrase that matched nothing. */
async function suggestions(store: GraphStore, words: string[]): Promise<NodeRef[]> {
  const found = await Promise.all(words.slice(0, SUGGESTIONS).map((w) => resolvePhrase(store, w)));
  return [...new Map(found.filter((r): r is Resolved => r !== null && r.tier <= 3).map((r) => [r.node.id, r.node])).values()];
}

async function notUnderstood(store: GraphStore, question: string): Promise<AskResult> {
  const items = await suggestions(store, contentWords(normaliseQuestion(question)));
  const offered = items.length > 0 ? " The concepts it names are listed below." : "";
  return {
    question,
    interpretation: { form: "unknown", concepts: [] },
    answer: { verdict: "unknown", text: `I did not understand the question; I answer ${FORMS_UNDERSTOOD}.${offered}`, nodes: [], items, paths: [], sources: [] },
  };
}

async function notFound(store: GraphStore, question: string, form: AskForm, phrase: string, found: NodeRef[], yesNo: boolean): Promise<AskResult> {
  return {
    question,
    interpretation: { form, concepts: found.map(concept) },
    answer: {
      ...(yesNo ? { verdict: "unknown" as const } : {}),
      text: `No concept in the graph matches “${phrase}”, so the graph cannot answer.`,
      nodes: found,
      items: await suggestions(store, contentWords(phrase)),
      paths: [],
      sources: [],
    },
  };
}

/** "Does X use Y?" asks about the relationship that fits what Y is. */
function usesType(y: NodeRef): RelType {
  if (y.kind === "Architecture") return "USES_ARCHITECTURE";
  if (y.kind === "Technique") return "USES_TECHNIQUE";
  if (y.kind === "Modality") return "ACCEPTS";
  return "BUILT_ON";
}

/** Each slot's phrase and the kinds it prefers, in the order the concepts are reported. */
function slots(p: ParsedQuestion): [string, Kind[]][] {
  switch (p.form) {
    case "membership":
      return [...(p.subject !== undefined ? [[p.subject, THINGS] as [string, Kind[]]] : []), ...(p.targets ?? []).map((t): [string, Kind[]] => [t, CLASSES])];
    case "capability":
      return [[p.subject, THINGS], [p.object, OBJECTS[p.relation]]];
    case "uses":
      return [[p.subject, THINGS], ...(p.object !== undefined ? [[p.object, USED] as [string, Kind[]]] : [])];
    case "developer":
      return [[p.subject, THINGS], ...(p.developer !== undefined ? [[p.developer, DEVELOPERS] as [string, Kind[]]] : [])];
    case "suitability":
      return [[p.task, TASKS]];
    case "relation":
    case "comparison":
      return [[p.a, THINGS], [p.b, THINGS]];
    case "definition":
    case "why":
    case "fact":
      return [[p.subject, THINGS]];
    case "unknown":
      return [];
  }
}

/** "Is X a diffusion model?", "Are LLMs text-only?": a kind Y names an attribute, not a class. */
const ATTRIBUTE_TYPES: Partial<Record<Kind, RelType>> = { Architecture: "USES_ARCHITECTURE", Limitation: "HAS_LIMITATION" };

async function attributeMembership(store: GraphStore, x: NodeRef, y: NodeRef, quantifier: "all" | "one"): Promise<Answer> {
  const byIsA = await answerMembership(store, x, [y], quantifier);
  if (byIsA.verdict === "yes") return byIsA;
  const uses = await answerHolds(store, x, ATTRIBUTE_TYPES[y.kind]!, y);
  // "Are all X Y?" is not answered by "some are": that is a no, with the ones that are.
  return quantifier === "all" && uses.verdict === "partly" ? { ...uses, verdict: "no", text: uses.text.replace(/^Partly:/, "No:") } : uses;
}

function answerFor(store: GraphStore, p: ParsedQuestion, nodes: NodeRef[]): Promise<Answer> {
  const [x, y, z] = nodes;
  switch (p.form) {
    case "membership":
      // "Is DALL·E a diffusion model?" asks about its architecture: nothing is IS_A an architecture it only uses.
      if (!z && y.kind in ATTRIBUTE_TYPES && p.quantifier !== "without") return attributeMembership(store, x, y, p.quantifier);
      return answerMembership(store, x, z ? [y, z] : [y], p.quantifier);
    case "capability":
      return answerCapability(store, x, y);
    case "uses":
      return y ? answerHolds(store, x, usesType(y), y) : answerList(store, x, p.what ?? "any");
    case "developer":
      return y ? answerHolds(store, x, "DEVELOPED_BY", y) : answerList(store, x, "developer");
    case "suitability":
      return answerSuitability(store, x, p.wanted);
    case "relation":
      return answerRelation(store, x, y, p.same);
    case "definition":
      return answerDefinition(store, x);
    case "comparison":
    case "why":
    case "fact":
      // Placeholder until these forms have answerers: the question is read, not yet answered.
      return Promise.resolve({ verdict: "unknown", text: "I understood the question, but I cannot answer this kind yet.", nodes, items: [], paths: [], sources: [] });
    case "unknown":
      throw new Error("unreachable: unknown questions are answered before resolution");
  }
}

export async function ask(store: GraphStore, question: string): Promise<AskResult> {
  const parsed = parseQuestion(question);
  if (parsed.form === "unknown") return notUnderstood(store, question);
  const yesNo = isYesNo(parsed);
  const nodes: NodeRef[] = [];
  if (parsed.form === "membership" && parsed.joined !== undefined) {
    const split = await splitJoined(store, parsed.joined, [THINGS, CLASSES]);
    if (!split) return notFound(store, question, parsed.form, parsed.joined, [], yesNo);
    nodes.push(split[0].node, split[1].node);
  }
  for (const [phrase, prefer] of slots(parsed)) {
    const resolved = await resolvePhrase(store, phrase, prefer);
    if (!resolved) return notFound(store, question, parsed.form, phrase, nodes, yesNo);
    nodes.push(resolved.node);
  }
  const answer = await answerFor(store, parsed, nodes);
  return { question, interpretation: { form: parsed.form, concepts: nodes.map(concept) }, answer };
}
