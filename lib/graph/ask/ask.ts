// Answers a question typed in plain words from the graph alone: parse it into a form, resolve its
// phrases with the store's search, and hand the nodes to the form's answerer. No guessing: a phrase
// that matches nothing, or a question no form fits, answers "unknown" with what was recognised.
import type { Claim } from "../reasoning/claims";
import type { Kind } from "../schema";
import { SUBSTRING_TIER } from "../search-rank";
import type { GraphStore, NodeRef } from "../types";
import { answerClaim, claimFor } from "./answer-claim";
import { answerDefinition } from "./answer-definition";
import { answerComparison, answerFact } from "./answer-facts";
import { answerList } from "./answer-lists";
import { answerMembership } from "./answer-membership";
import { answerRelation } from "./answer-relation";
import { answerSuitability } from "./answer-suitability";
import { answerWhy } from "./answer-why";
import type { Answer, AskForm, AskResult, Reading, Relation } from "./ask-types";
import { contentWords, normaliseQuestion, parseQuestion, type ParsedQuestion } from "./parse-question";
import { resolvePhrase, splitJoined, type Resolved } from "./resolve-concepts";
import { FORMS_UNDERSTOOD } from "./wording";

/** Kinds preferred when a phrase matches several nodes equally well, per slot. */
const CLASSES: Kind[] = ["Category", "Architecture", "Model", "Product", "Limitation"];
const THINGS: Kind[] = ["Category", "Model", "Product", "Architecture", "Technique", "Organization"];
/** What a capability's object may name, by relation: "generate images", "understand charts", "do voiceover generation", "work in healthcare". */
const OBJECTS: Record<Relation, Kind[]> = { generates: ["Modality", "Task"], accepts: ["Modality", "Task"], does: ["Task", "Industry", "Modality"] };
const USED: Kind[] = ["Architecture", "Technique", "Model", "Category"];
const TASKS: Kind[] = ["Task", "Modality"];
const DEVELOPERS: Kind[] = ["Organization"];
/** How many recognised words are offered as search results when the question is not understood. */
const SUGGESTIONS = 6;

const concept = (n: NodeRef) => ({ id: n.id, name: n.name });
const isYesNo = (p: ParsedQuestion) =>
  (p.form === "membership" && (p.targets?.length ?? 1) < 2) ||
  p.form === "capability" ||
  p.form === "fact" ||
  p.form === "comparison" ||
  (p.form === "uses" && p.object !== undefined) ||
  (p.form === "developer" && p.developer !== undefined) ||
  (p.form === "relation" && p.same);

/** What the question's words name, for a question no form fits or a phrase that matched nothing. */
async function suggestions(store: GraphStore, words: string[]): Promise<NodeRef[]> {
  const found = await Promise.all(words.slice(0, SUGGESTIONS).map((w) => resolvePhrase(store, w)));
  return [...new Map(found.filter((r): r is Resolved => r !== null && r.tier <= SUBSTRING_TIER).map((r) => [r.node.id, r.node])).values()];
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


/** “music” read as the task Music Generation. */
function readingOf(phrase: string, node: NodeRef): string {
  const kind = node.kind === "Organization" ? "organisation" : node.kind.toLowerCase();
  return `“${phrase}” read as the ${kind} ${node.name}`;
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
const ATTRIBUTE_CLAIMS: Partial<Record<Kind, Claim>> = { Architecture: "uses-architecture", Limitation: "has-limitation" };

async function attributeMembership(store: GraphStore, x: NodeRef, y: NodeRef, quantifier: "all" | "one"): Promise<Answer> {
  const byIsA = await answerMembership(store, x, [y], quantifier);
  if (byIsA.verdict === "yes" || byIsA.verdict === "contested") return byIsA;
  return answerClaim(store, x, ATTRIBUTE_CLAIMS[y.kind]!, y, quantifier === "all" ? "all" : "some");
}

/** A question whose object is not the kind its verb asks for ("Can GPT-4 generate Transformers?"). */
function notAsked(x: NodeRef, y: NodeRef): Answer {
  return {
    verdict: "not-recorded",
    text: `${y.name} is ${y.kind === "Organization" ? "an organisation" : `${/^[AEIOU]/.test(y.kind) ? "an" : "a"} ${y.kind.toLowerCase()}`}, which the question's verb does not apply to; ask what ${x.name} generates, accepts, is suited for or uses.`,
    nodes: [x, y],
    items: [],
    paths: [],
    sources: [],
  };
}

function claimAnswer(store: GraphStore, x: NodeRef, y: NodeRef, relation: Parameters<typeof claimFor>[0], reading: Reading): Promise<Answer> {
  const claim = claimFor(relation, y);
  return claim ? answerClaim(store, x, claim, y, reading) : Promise.resolve(notAsked(x, y));
}

function answerFor(store: GraphStore, p: ParsedQuestion, nodes: NodeRef[]): Promise<Answer> {
  const [x, y, z] = nodes;
  switch (p.form) {
    case "membership":
      // "Is DALL·E a diffusion model?" asks about its architecture: nothing is IS_A an architecture it only uses.
      if (!z && y.kind in ATTRIBUTE_CLAIMS && p.quantifier !== "without") return attributeMembership(store, x, y, p.quantifier);
      return answerMembership(store, x, z ? [y, z] : [y], p.quantifier);
    case "capability":
      return claimAnswer(store, x, y, p.relation, p.reading);
    case "uses":
      return y ? claimAnswer(store, x, y, "uses", p.reading) : answerList(store, x, p.what ?? "any");
    case "developer":
      return y ? claimAnswer(store, x, y, "developer", "some") : answerList(store, x, "developer");
    case "why":
      return answerWhy(store, x, p.predicate, p.negated);
    case "fact":
      return answerFact(store, x, p.measure);
    case "comparison":
      return answerComparison(store, x, y, p.measure, p.more);
    case "suitability":
      return answerSuitability(store, x, p.wanted);
    case "relation":
      return answerRelation(store, x, y, p.same);
    case "definition":
      return answerDefinition(store, x);
    case "unknown":
      throw new Error("unreachable: unknown questions are answered before resolution");
  }
}

export async function ask(store: GraphStore, question: string): Promise<AskResult> {
  let parsed = parseQuestion(question);
  if (parsed.form === "unknown") return notUnderstood(store, question);
  const yesNo = isYesNo(parsed);
  const nodes: NodeRef[] = [];
  if (parsed.form === "membership" && parsed.joined !== undefined) {
    const split = await splitJoined(store, parsed.joined, [THINGS, CLASSES]);
    if (!split) return notFound(store, question, parsed.form, parsed.joined, [], yesNo);
    nodes.push(split[0].node, split[1].node);
  }
  const readings: string[] = [];
  for (const [i, [phrase, prefer]] of slots(parsed).entries()) {
    const resolved = await resolvePhrase(store, phrase, prefer);
    if (!resolved) return notFound(store, question, parsed.form, phrase, nodes, yesNo);
    nodes.push(resolved.node);
    // An object read as a second-choice kind, or a name matched only loosely, is said: "music" as the task Music Generation.
    if ((i > 0 && resolved.node.kind !== prefer[0]) || resolved.tier >= SUBSTRING_TIER) readings.push(readingOf(phrase, resolved.node));
  }
  // "Does Anthropic make GPT-4o?" asks who made it, not what an organisation generates.
  if (parsed.form === "capability" && nodes[0].kind === "Organization" && !["Modality", "Task", "Industry"].includes(nodes[1].kind)) {
    parsed = { form: "developer", subject: parsed.object, developer: parsed.subject };
    nodes.reverse();
  }
  const answer = await answerFor(store, parsed, nodes);
  const reading = "reading" in parsed ? { reading: parsed.reading } : {};
  return { question, interpretation: { form: parsed.form, concepts: nodes.map(concept), ...reading, ...(readings.length > 0 ? { readings } : {}) }, answer };
}
