// "Why do LLMs hallucinate?", "Why can't LLMs generate images?", "Why are LLMs biased?": a subject
// and what is said of it. Where the subject ends is read from compromise's part-of-speech tags:
// after "do"/"can" the predicate starts at a verb, after "is"/"are" at an adjective, a participle
// or an adverb. Tags come from the library's bundled lexicon and rules, so the split is deterministic.
import nlp from "compromise/two";
import type { ParsedQuestion } from "./ask-types";
import { trimPhrase, type Rule } from "./parse-view";
import { inflections } from "./parse-vocabulary";

const NEGATED_AUX = "can't|cannot|won't|don't|doesn't|didn't|isn't|aren't|couldn't|wouldn't|shouldn't|wasn't|weren't|hasn't|haven't";
const AUX = "is|are|was|were|do|does|did|can|could|will|would|should|might|may|must|has|have";
const WHY = new RegExp(`^why\\s+(?:(${NEGATED_AUX})|(${AUX})(\\s+not)?)\\s+(.+)$`);
const COPULA = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't)$/;
/** Words that open a predicate and are not part of it: "why do LLMs (always) hallucinate". */
const OPENERS = new Set(["not", "always", "often", "sometimes", "still", "so", "even", "usually", "frequently", "constantly", "really"]);
/** A subject the graph cannot hold: "why should I…", "why do people…". */
const PRONOUNS = new Set(["i", "we", "you", "they", "it", "he", "she", "people", "someone", "anyone", "one", "there", "this", "that", "me", "us"]);
const PREDICATE_TAGS = {
  verbal: (tags: Set<string>) => tags.has("Infinitive"),
  copular: (tags: Set<string>) => ["Adjective", "Gerund", "PastTense", "Participle", "Adverb", "Negative", "Determiner", "Comparative"].some((t) => tags.has(t)),
};

/** The tags compromise gives each space-separated word of `text` (a word it splits, like "gpt-4", gets the tags of all its parts). */
function tagsByWord(text: string): Set<string>[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === " ") starts.push(i + 1);
  const tags = starts.map(() => new Set<string>());
  const sentences = nlp(text).json({ offset: true }) as { terms: { tags: string[]; offset?: { start: number } }[] }[];
  for (const term of sentences.flatMap((s) => s.terms)) {
    const at = term.offset?.start ?? -1;
    let word = starts.length - 1;
    while (word > 0 && starts[word] > at) word--;
    if (at >= 0) for (const t of term.tags) tags[word].add(t);
  }
  return tags;
}

/** A concept's name is a few words; past these the question is not read as "why". */
const MAX_SUBJECT_WORDS = 6;

/** compromise's lexicon: the tag it gives a word it knows before reading any context ("struggle" → Infinitive). */
const lexiconTags = (word: string): Set<string> => {
  const tag = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon[word];
  return new Set(tag === undefined ? [] : Array.isArray(tag) ? tag : [tag]);
};

/**
 * Where the predicate starts: the first word after the subject that reads as one, by the
 * sentence's tags, then by the lexicon (the sentence tags "stable diffusion struggle" all as
 * nouns), then re-read after a stand-in subject ("they refuse requests").
 */
function predicateStart(words: string[], sentenceTags: Set<string>[], copular: boolean): number {
  const fits = copular ? PREDICATE_TAGS.copular : PREDICATE_TAGS.verbal;
  const standIn = copular ? "it is" : "they";
  const readings: ((i: number) => Set<string>)[] = [
    (i) => sentenceTags[i],
    (i) => lexiconTags(words[i]),
    (i) => tagsByWord(`${standIn} ${words.slice(i).join(" ")}`)[standIn.split(" ").length],
  ];
  const last = Math.min(words.length, MAX_SUBJECT_WORDS + 1);
  for (const tagsOf of readings) {
    for (let i = 1; i < last; i++) if (OPENERS.has(words[i]) || fits(tagsOf(i) ?? new Set())) return i;
  }
  return -1;
}

/** "making things up" → "make things up": a progressive predicate reads as its verb. */
function baseVerb(predicate: string): string {
  const [head, ...rest] = predicate.split(" ");
  if (!head.endsWith("ing")) return predicate;
  if (!nlp(head).has("#Gerund")) return predicate;
  const { verb, model } = inflections();
  const base = verb.toInfinitive(head, model, "Gerund");
  return /^[a-z]+$/.test(base) ? [base, ...rest].join(" ") : predicate;
}

export const why: Rule = ({ s }) => {
  const m = s.match(WHY);
  if (!m) return null;
  // The parser is total: should the tagger ever fail on some input, the question is simply not read as "why".
  try {
    return whyOf(s, m);
  } catch {
    return null;
  }
};

function whyOf(s: string, m: RegExpMatchArray): ParsedQuestion | null {
  const aux = m[1] ?? m[2];
  const copular = COPULA.test(aux);
  const words = m[4].split(" ");
  const at = predicateStart(words, tagsByWord(s).slice(s.split(" ").length - words.length), copular);
  if (at < 1) return null;
  const subject = trimPhrase(words.slice(0, at).join(" "));
  let rest = words.slice(at);
  let negated = Boolean(m[1] ?? m[3]);
  while (rest.length > 1 && OPENERS.has(rest[0])) {
    if (rest[0] === "not") negated = true;
    rest = rest.slice(1);
  }
  const predicate = copular ? baseVerb(rest.join(" ")) : rest.join(" ");
  if (!subject || PRONOUNS.has(subject) || !predicate || OPENERS.has(predicate)) return null;
  return { form: "why", subject, predicate, negated };
}
