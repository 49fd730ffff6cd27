// Two readings of one normalised question, word for word: `s` as typed, `c` with each vocabulary
// word replaced by its lemma. Rules match `c`, so one pattern covers every inflection, and take
// their phrases back from `s`, so a concept's name is searched for as the user wrote it.
import type { ParsedQuestion, Reading } from "./ask-types";
import { lemmaOf } from "./parse-vocabulary";

export interface View {
  /** The normalised question. */
  s: string;
  /** The same words, lemmatised: "can gpt-4 generate~ing…", "is claude make~ed by openai". */
  c: string;
  words: string[];
}

export function viewOf(s: string): View {
  const words = s.split(" ");
  return { s, c: words.map(lemmaOf).join(" "), words };
}

const spacesIn = (text: string) => text.split(" ").length - 1;

/** The typed words under a span of `c`, when the span covers whole words. */
function typed(v: View, start: number, end: number): string | undefined {
  if (start === end) return "";
  if ((start > 0 && v.c[start - 1] !== " ") || (end < v.c.length && v.c[end] !== " ")) return undefined;
  const first = spacesIn(v.c.slice(0, start));
  return v.words.slice(first, first + spacesIn(v.c.slice(start, end)) + 1).join(" ");
}

/** Matches a pattern (compiled with the `d` flag) against the lemmatised question; its groups come back as typed. */
export function grab(v: View, re: RegExp): (string | undefined)[] | null {
  const m = re.exec(v.c);
  if (!m) return null;
  return [...m].map((g, i) => {
    const at = m.indices?.[i];
    return g === undefined || !at ? g : (typed(v, at[0], at[1]) ?? g);
  });
}

/** A pattern over the lemmatised question; `d` records where each group lies. */
export const lemmaPattern = (source: string) => new RegExp(source, "d");

/** Articles and quantifiers in front of a concept's name are not part of it. */
export function trimPhrase(phrase: string): string {
  let p = phrase.trim().replace(/^["'(]+|["')]+$/g, "").trim();
  for (;;) {
    const next = p.replace(/^(?:a|an|the|all|every|each|any|some)\s+/, "");
    if (next === p) return p;
    p = next;
  }
}

/** "all LLMs" and "LLMs always" read every member, "only LLMs" reads them alone; the phrase comes back without those words. */
export function readSubject(phrase: string): { subject: string; reading: Reading } {
  let p = phrase.trim();
  let reading: Reading = "some";
  if (/^only\s/.test(p)) reading = "only";
  else if (/^(?:all|every|each)\s/.test(p)) reading = "all";
  p = p.replace(/^only\s+/, "");
  if (/\salways$/.test(p)) {
    reading = reading === "only" ? "only" : "all";
    p = p.replace(/\s+always$/, "");
  }
  // "Can LLMs not generate images?" asks the opposite: no form holds a negation, so the subject is not read.
  return { subject: /(?:^|\s)not$/.test(p) ? "" : trimPhrase(p), reading };
}

export type Rule = (v: View) => ParsedQuestion | null;
