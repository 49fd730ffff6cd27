import type { GraphPath, NodeRef, SourceRef } from "../types";

/** The question forms the interpreter recognises; "unknown" when none fits. */
export const ASK_FORMS = ["membership", "capability", "uses", "developer", "suitability", "relation", "definition", "unknown"] as const;
export type AskForm = (typeof ASK_FORMS)[number];

/** Only yes/no questions carry a verdict; "unknown" when the graph cannot settle it either way. */
export type Verdict = "yes" | "no" | "partly" | "unknown";

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
}

export interface AskResult {
  question: string;
  interpretation: { form: AskForm; concepts: AskConcept[] };
  answer: Answer;
}
