import type { DisputeFound } from "../reasoning/judge";
import type { GraphPath, NodeRef, SourceRef } from "../types";

/** The question forms the interpreter recognises; "unknown" when none fits. */
export const ASK_FORMS = ["membership", "capability", "uses", "developer", "suitability", "relation", "definition", "comparison", "why", "fact", "unknown"] as const;
export type AskForm = (typeof ASK_FORMS)[number];

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
  interpretation: { form: AskForm; concepts: AskConcept[] };
  answer: Answer;
}
