// Reads a typed question into one of the forms the interpreter answers, with the phrases that name
// its concepts still as text: resolving them is the store's job (typo- and alias-tolerant search).
// The rules live beside this file (parse-forms, parse-abilities, parse-measures, parse-why) and
// read a lemmatised view of the question (parse-view, parse-vocabulary). Deterministic and offline;
// anything no rule recognises is "unknown", never a guess.
import type { ParsedQuestion } from "./ask-types";
import { capability, uses } from "./parse-abilities";
import { definition, developer, membership, relation, suitability } from "./parse-forms";
import { comparison, fact } from "./parse-measures";
import { viewOf, type Rule } from "./parse-view";
import { why } from "./parse-why";

export type { Measure, ParsedQuestion, Quantifier, Reading, Relation, Wanted } from "./ask-types";
export { trimPhrase } from "./parse-view";

/** Longest questions the API accepts; the parser itself copes with anything. */
export const MAX_QUESTION_LENGTH = 200;

/** Lower case, straight quotes, single spaces, no closing punctuation: "Is GPT-4 an LLM?" → "is gpt-4 an llm". */
export function normaliseQuestion(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s?!.]+$/u, "")
    .trim();
}

/**
 * Order matters: the comparisons first (a "than" question is nothing else), the specific forms
 * ("what is the difference…", "is X made by…", "is X open source") before the general ones
 * ("what is X", "is X a Y").
 */
const RULES: Rule[] = [comparison, relation, why, suitability, developer, fact, uses, capability, membership, definition];

const STOP_WORDS = new Set(
  "a an the is are was were be can could do does did will would should i you we it its of for to in on and or with what which who whom how why when where that this these those than then there about by from as at me my your our their them they not all every each any some more most better best".split(
    " ",
  ),
);

/** The words worth searching for when no form fits. */
export function contentWords(s: string): string[] {
  return [...new Set(s.split(/[^\p{L}\p{N}.+#-]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w)))];
}

export function parseQuestion(text: string): ParsedQuestion {
  const s = normaliseQuestion(text).slice(0, MAX_QUESTION_LENGTH);
  const v = viewOf(s);
  // "Are LLMs more cost-effective than …?" compares by a measure the graph does not hold: no other form may half-read it.
  const rules = /\bthan\b/.test(s) ? [comparison] : RULES;
  for (const rule of rules) {
    const parsed = rule(v);
    if (parsed && phrasesOf(parsed).every((p) => p.length > 0)) return parsed;
  }
  return { form: "unknown", words: contentWords(s) };
}

/** The concept phrases a parse holds, in the order they appear in the answer's concepts. */
export function phrasesOf(p: ParsedQuestion): string[] {
  switch (p.form) {
    case "membership":
      return [...(p.subject !== undefined ? [p.subject] : []), ...(p.joined !== undefined ? [p.joined] : []), ...(p.targets ?? [])];
    case "capability":
      return [p.subject, p.object];
    case "uses":
      return [p.subject, ...(p.object !== undefined ? [p.object] : [])];
    case "developer":
      return [p.subject, ...(p.developer !== undefined ? [p.developer] : [])];
    case "suitability":
      return [p.task];
    case "relation":
    case "comparison":
      return [p.a, p.b];
    case "definition":
    case "why":
    case "fact":
      return [p.subject];
    case "unknown":
      return [];
  }
}
