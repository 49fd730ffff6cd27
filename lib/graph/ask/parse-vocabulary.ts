// The parser's fixed vocabulary, written once in base forms. compromise (an English NLP library
// that ships its lexicon and runs offline and deterministically) conjugates each verb and
// pluralises each noun, so the rules see "generates", "wrote" and "drawing" as generate, write~ed
// and draw~ing instead of listing every inflection by hand.
import nlp from "compromise/two";
import type { Relation } from "./ask-types";

/** Verbs that name a capability, by the relation they ask about. */
export const RELATION_VERBS: Record<Relation, readonly string[]> = {
  generates: ["generate", "create", "make", "write", "draw", "compose", "produce", "output", "render", "paint", "synthesise", "synthesize", "design"],
  accepts: [
    "understand",
    "read",
    "analyse",
    "analyze",
    "see",
    "hear",
    "interpret",
    "take",
    "accept",
    "process",
    "recognise",
    "recognize",
    "describe",
    "transcribe",
  ],
  does: ["do", "handle", "perform", "help", "work"],
};

/** Verbs of the other forms: what a thing is built on, who made it, where it runs. */
const OTHER_VERBS = ["use", "rely", "run", "build", "base", "power", "develop", "train", "release", "own", "launch", "operate", "function", "introduce"];

/** "do" stays as typed: "did X make Y" (a developer) and "does X make Y" (a capability) differ only by it. */
const KEPT_AS_TYPED = new Set(["do", "does", "did", "done", "doing"]);

/** Class words the rules read ("which products…", "what architectures…", "a kind of…"); plurals read as these. */
const NOUNS = [
  "product",
  "app",
  "service",
  "model",
  "tool",
  "architecture",
  "technique",
  "method",
  "llm",
  "company",
  "organisation",
  "organization",
  "lab",
  "firm",
  "developer",
];

/** Inflection marks in the rules' view of a question: generates → "generate~s", made → "make~ed", drawing → "draw~ing". */
const MARK = { PresentTense: "~s", PastTense: "~ed", Participle: "~ed", Gerund: "~ing" } as const;

/** compromise's own inflection tables (what `.verbs().conjugate()` and `.nouns().toPlural()` use), called directly on a word known to be a verb or a noun. */
interface Inflections {
  two: {
    transform: {
      verb: { conjugate(verb: string, model: object): Record<string, string>; toInfinitive(verb: string, model: object, tense: string): string };
      noun: { toPlural(noun: string, model: object): string };
    };
  };
}
export const inflections = () => ({ ...(nlp.methods() as Inflections).two.transform, model: nlp.model() });

function buildLemmas(): Map<string, string> {
  const { verb: verbForms, noun: nounForms, model } = inflections();
  const lemmas = new Map<string, string>();
  const verbs = [...new Set([...Object.values(RELATION_VERBS).flat(), ...OTHER_VERBS])];
  for (const verb of verbs) {
    lemmas.set(verb, verb);
    const forms = verbForms.conjugate(verb, model);
    for (const [tense, mark] of Object.entries(MARK)) {
      const form = forms[tense];
      if (form && !form.includes(" ") && !lemmas.has(form)) lemmas.set(form, verb + mark);
    }
  }
  for (const noun of NOUNS) {
    const plural = nounForms.toPlural(noun, model);
    if (!lemmas.has(noun)) lemmas.set(noun, noun);
    if (plural && !lemmas.has(plural)) lemmas.set(plural, noun);
  }
  for (const word of KEPT_AS_TYPED) lemmas.delete(word);
  return lemmas;
}

let lemmas: Map<string, string> | undefined;

/** A word as the rules read it: a vocabulary verb's base form with its inflection mark, a class noun in the singular, anything else as typed. */
export function lemmaOf(word: string): string {
  lemmas ??= buildLemmas();
  return lemmas.get(word) ?? word;
}

/** Which relation a capability verb (base form) asks about. */
export function relationOf(verb: string): Relation | undefined {
  return (Object.keys(RELATION_VERBS) as Relation[]).find((r) => RELATION_VERBS[r].includes(verb));
}

/** A regex alternation of words. */
export const anyOf = (words: readonly string[]) => words.join("|");

/** The base form of a vocabulary word as typed: "wrote" → "write", "architectures" → "architecture". */
export const baseOf = (word: string) => lemmaOf(word).replace(/~\w+$/, "");
