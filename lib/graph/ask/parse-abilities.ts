// What a thing can do and what it is built on: the capability and uses forms, with how they read a
// category subject (some, all, only). Verbs are matched by lemma, so "writes", "wrote" and
// "writing" all read as write, and a synonym picks its relation from the vocabulary.
import type { ParsedQuestion, Reading, Relation } from "./ask-types";
import { grab, lemmaPattern, readSubject, trimPhrase, type Rule, type View } from "./parse-view";
import { anyOf, baseOf, RELATION_VERBS, relationOf } from "./parse-vocabulary";

/** One-word capability verbs; "do", "help with", "work in" and "be used for/in" are the phrases of `does`. */
const VERB = anyOf([...RELATION_VERBS.generates, ...RELATION_VERBS.accepts, "handle", "perform"]);
/** Two groups: the one-word verb, or the phrase that asks about a task or an industry. */
const ACT = `(?:(${VERB})(?:~s)?|(do|help(?:~s)?(?:\\s+(?:me|us|you))?\\s+with|work(?:~s)?\\s+in|be\\s+use~ed\\s+(?:for|in)))`;
const THE_ONLY = "\\s+the\\s+only\\s+(?:\\S+\\s+){0,3}?";

/** Each pattern's groups: subject, one-word verb, task phrase, object. */
const CAPABILITY: [RegExp, Reading | undefined][] = [
  [lemmaPattern(`^(?:is|are)\\s+(.+?)${THE_ONLY}(?:that|which|who|to|able\\s+to)\\s+(?:(?:can|could)\\s+)?(?:be\\s+able\\s+to\\s+)?${ACT}\\s+(.+)$`), "only"],
  [lemmaPattern(`^only\\s+(.+?)\\s+(?:can|could|do|does)\\s+${ACT}\\s+(.+)$`), "only"],
  [lemmaPattern(`^(?:can|could|will|would|do|does)\\s+(.+?)\\s+(?:(?:be\\s+)?(?:able\\s+to|use~ed\\s+to)\\s+)?${ACT}\\s+(.+)$`), undefined],
  [lemmaPattern(`^(?:is|are)\\s+(.+?)\\s+(?:able\\s+to|use~ed\\s+to)\\s+${ACT}\\s+(.+)$`), undefined],
  [lemmaPattern(`^(?:is|are)\\s+(.+?)\\s+capable\\s+of\\s+(?:(${VERB})~ing|(doing))\\s+(.+)$`), undefined],
  // "Has DALL-E generated videos?": the empty group stands for the task phrase, to keep the groups in place.
  [lemmaPattern(`^(?:has|have)\\s+(.+?)\\s+(?:ever\\s+)?(${VERB})~ed\\s+()(.+)$`), undefined],
];
/** "Is X used in healthcare?", "Are LLMs capable of translation?": a task or an industry, no verb. */
const TASK_ONLY = [
  lemmaPattern("^(?:is|are)\\s+(.+?)\\s+use~ed\\s+(?:for|in)\\s+(.+)$"),
  lemmaPattern("^(?:is|are)\\s+(.+?)\\s+capable\\s+of\\s+(.+)$"),
  // "Is Runway good for filmmaking?", "Is an LLM suitable for video generation?", "Is Code Llama a good choice for debugging?"
  lemmaPattern(
    "^(?:is|are)\\s+(.+?)\\s+(?:(?:an?|the)\\s+)?(?:suited|suitable|good|better|best|great|ideal|useful|fit|recommended|meant|design~ed|(?:good|right|best)\\s+(?:choice|fit|option|pick))\\s+(?:for|in|at)\\s+(.+)$",
  ),
];

function objectOf(text: string, relation: Relation): string {
  const o = text.replace(/\s+(?:as\s+well|too|well|at\s+all)$/, "");
  return trimPhrase(relation === "accepts" ? o.replace(/\s+as\s+(?:an?\s+)?(?:inputs?|prompts?)$/, "") : o);
}

function capabilityOf(subject: string, object: string, relation: Relation, only?: Reading): ParsedQuestion {
  const read = readSubject(subject);
  return { form: "capability", subject: read.subject, object: objectOf(object, relation), relation, reading: only ?? read.reading };
}

export const capability: Rule = (v: View) => {
  for (const [re, only] of CAPABILITY) {
    const m = grab(v, re);
    const relation = m?.[2] ? relationOf(baseOf(m[2])) : m?.[3] ? "does" : undefined;
    if (m?.[1] && m[4] && relation) return capabilityOf(m[1], m[4], relation, only);
  }
  for (const re of TASK_ONLY) {
    const m = grab(v, re);
    if (m?.[1] && m[2]) return capabilityOf(m[1], m[2], "does");
  }
  return null;
};

const USE = "(?:use(?:~s|~ing)?|rely(?:~s)?\\s+on|run(?:~s)?\\s+on|build(?:~s|~ed)?\\s+on|build~ed\\s+with|base~ed\\s+on|power~ed\\s+by)";
const LISTS = [
  lemmaPattern(`^(?:what|which)\\s+(architecture|technique|method|model|llm)\\s+(?:do|does|is|are)\\s+(.+?)\\s+${USE}$`),
  lemmaPattern("^what\\s+(?:is|are)\\s+(?:the\\s+)?(architecture|technique)\\s+(?:of|behind)\\s+(.+)$"),
];
const BUILT_ON = lemmaPattern("^what\\s+(?:is|are)\\s+(.+?)\\s+(?:build~ed\\s+on|base~ed\\s+on|power~ed\\s+by|build~ed\\s+with|run~ing\\s+on)$");
const CHECKS: [RegExp, Reading | undefined][] = [
  [lemmaPattern(`^(?:is|are)\\s+(.+?)${THE_ONLY}(?:that|which)\\s+${USE}\\s+(.+)$`), "only"],
  [lemmaPattern(`^only\\s+(.+?)\\s+${USE}\\s+(.+)$`), "only"],
  [lemmaPattern(`^(?:does|do|is|are|did)\\s+(.+?)\\s+${USE}\\s+(.+)$`), undefined],
];

export const uses: Rule = (v) => {
  for (const re of LISTS) {
    const list = grab(v, re);
    if (!list?.[1] || !list[2]) continue;
    const kind = baseOf(list[1]);
    const what = kind === "architecture" ? "architecture" : kind === "technique" || kind === "method" ? "technique" : "base";
    return { form: "uses", ...readSubject(list[2]), what };
  }
  const base = grab(v, BUILT_ON);
  if (base?.[1]) return { form: "uses", ...readSubject(base[1]) };
  for (const [re, only] of CHECKS) {
    const m = grab(v, re);
    if (!m?.[1] || !m[2]) continue;
    const read = readSubject(m[1]);
    return { form: "uses", subject: read.subject, object: trimPhrase(m[2]), reading: only ?? read.reading };
  }
  return null;
};
