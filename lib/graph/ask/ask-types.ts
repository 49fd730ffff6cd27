import type { DisputeFound } from "../reasoning/judge";
import type { GraphPath, NodeRef, SourceRef } from "../types";

/** The question forms the interpreter recognises; "unknown" when none fits. */
export const ASK_FORMS = [
  "membership",
  "capability",
  "uses",
  "developer",
  "suitability",
  "relation",
  "definition",
  "comparison",
  "why",
  "fact",
  "unknown",
] as const;
export type AskForm = (typeof ASK_FORMS)[number];

export type Quantifier = "all" | "one" | "without";
/** How a question reads a category subject: "can/could/does/do X …" is existential (some), "do all / is every / are X always …" universal (all), "only X …" / "is X the only …" exclusive (only). */
export type Reading = "some" | "all" | "only";
/** generates: make/create/write/draw/compose/produce/output/generate…; accepts: understand/read/analyse/see/hear/interpret/take/accept/process/recognise/describe (an input); does: do/handle/perform/help with/be used for/be used in/work in (a task or an industry). */
export type Relation = "generates" | "accepts" | "does";
export type Measure = "cost" | "openness" | "offline";
export type Wanted = "Product" | "Model";

/** A typed question read into one form, with the phrases that name its concepts still as text. */
export type ParsedQuestion =
  /** Is X a Y (or a Z)? Are all X Y? Can X exist without Y? `joined` when no word separates X from Y ("are llms generative ai"). */
  | { form: "membership"; quantifier: Quantifier; subject?: string; targets?: string[]; joined?: string }
  /** Can X generate / understand / do Y? Y a modality, a task or an industry. */
  | { form: "capability"; subject: string; object: string; relation: Relation; reading: Reading }
  /** Does X use Y? or, without `object`, what does X use (`what` says which kind is asked for). */
  | { form: "uses"; subject: string; object?: string; what?: "architecture" | "technique" | "base"; reading: Reading }
  /** Who made X? or, with `developer`, is X made by it? */
  | { form: "developer"; subject: string; developer?: string }
  /** Which products (or models, or tools) suit the task? */
  | { form: "suitability"; task: string; wanted?: Wanted }
  /** How are A and B related / the difference / A vs B; `same` for "is A the same as B?" */
  | { form: "relation"; a: string; b: string; same: boolean }
  | { form: "definition"; subject: string }
  /** "Are LLMs cheaper than multimodal models?" (cost, more: false), "Is Llama more open than GPT-4?" (openness, more: true), "more expensive to run" (cost, more: true), "Which is cheaper, A or B?" */
  | { form: "comparison"; a: string; b: string; measure: Measure; more: boolean }
  /** "Why do LLMs hallucinate?" (predicate "hallucinate", negated false); "Why can't LLMs generate images?" (predicate "generate images", negated true); "Why are LLMs biased?" */
  | { form: "why"; subject: string; predicate: string; negated: boolean }
  /** "Can Llama run offline?" (offline), "Is Mistral 7B open source?" (openness), "Is GPT-4 expensive?" (cost) */
  | { form: "fact"; subject: string; measure: Measure }
  | { form: "unknown"; words: string[] };

/**
 * Only yes/no questions carry a verdict. no: the graph rules it out (and the text names what does);
 * not-recorded: the graph says nothing either way; contested: the articles disagree (the text gives
 * both sides); partly: some of a category is the other; unknown: the question could not be read.
 */
export const VERDICTS = ["yes", "no", "partly", "contested", "not-recorded", "unknown"] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface AskConcept {
  id: string;
  name: string;
}

export interface Answer {
  verdict?: Verdict;
  /** One plain sentence. */
  text: string;
  /** The concepts the sentence names: the ones asked about and the ones that give the reason. */
  nodes: NodeRef[];
  /** What the question asked for: recommended tools, developers, architectures, members, suggestions… */
  items: NodeRef[];
  /** The evidence, in the /api/paths shape. */
  paths: GraphPath[];
  sources: SourceRef[];
  /** Sources that dispute a claim the answer rests on, with what they say instead. */
  disputes?: DisputeFound[];
}

export interface AskResult {
  question: string;
  /** reading: how a category subject was read (some, all, only), for the forms that quantify. */
  interpretation: {
    form: AskForm;
    concepts: AskConcept[];
    reading?: Reading;
    /** How an ambiguous or approximate name was read: "“music” read as the task Music Generation". */
    readings?: string[];
  };
  answer: Answer;
}
