// Reads a typed question into one of the forms the interpreter answers, with the phrases that name
// its concepts still as text: resolving them is the store's job (typo- and alias-tolerant search).
// Deterministic pattern matching only; anything it does not recognise is "unknown", never a guess.

export type Quantifier = "all" | "one" | "without";
export type Wanted = "Product" | "Model";
/** How a question reads a category subject: existential (some), universal (all), exclusive (only). */
export type Reading = "some" | "all" | "only";
export type Relation = "generates" | "accepts" | "does";
export type Measure = "cost" | "openness" | "offline";

export type ParsedQuestion =
  /** Is X a Y (or a Z)? Are all X Y? Can X exist without Y? `joined` when no word separates X from Y ("are llms generative ai"). */
  | { form: "membership"; quantifier: Quantifier; subject?: string; targets?: string[]; joined?: string }
  /** Can X generate Y? Y a modality or a task. */
  | { form: "capability"; subject: string; object: string; relation?: Relation; reading?: Reading }
  /** Does X use Y? or, without `object`, what does X use (`what` says which kind is asked for). */
  | { form: "uses"; subject: string; object?: string; what?: "architecture" | "technique" | "base"; reading?: Reading }
  /** Who made X? or, with `developer`, is X made by it? */
  | { form: "developer"; subject: string; developer?: string }
  /** Which products (or models, or tools) suit the task? */
  | { form: "suitability"; task: string; wanted?: Wanted }
  /** How are A and B related / the difference / A vs B; `same` for "is A the same as B?" */
  | { form: "relation"; a: string; b: string; same: boolean }
  | { form: "definition"; subject: string }
  | { form: "comparison"; a: string; b: string; measure: Measure; more: boolean }
  | { form: "why"; subject: string; predicate: string; negated: boolean }
  | { form: "fact"; subject: string; measure: Measure }
  | { form: "unknown"; words: string[] };

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

/** Articles and quantifiers in front of a concept's name are not part of it. */
export function trimPhrase(phrase: string): string {
  let p = phrase.trim().replace(/^["'(]+|["')]+$/g, "").trim();
  for (;;) {
    const next = p.replace(/^(?:a|an|the|all|every|each|any|some)\s+/, "");
    if (next === p) return p;
    p = next;
  }
}

const VERBS_GENERATE =
  "generate|generates|generating|create|creates|creating|make|makes|making|write|writes|writing|produce|produces|producing|draw|draws|drawing|compose|composes|composing|output|outputs|render|renders|rendering|paint|paints|synthesi[sz]e|synthesi[sz]es|design|designs";
const VERBS_USE = "use|uses|using|rely on|relies on|run on|runs on|built on|based on|built with|powered by|build on|builds on";
const VERBS_MADE = "made|built|developed|created|trained|released|designed|owned|launched";
const VERBS_MAKE_ACTIVE = "made|makes|built|builds|developed|develops|created|creates|trained|released|designed|owns|launched|is behind|are behind";
const MEMBER_SEPARATOR =
  /\s+(?:(?:a|an|one)\s+)?(?:(?:part|kind|type|form|subset|member|sort|example|subtype|variety|branch|instance|subcategory|category)s?\s+of(?:\s+the)?|considered(?:\s+an?)?|an|a|the)\s+/;

type Rule = (s: string) => ParsedQuestion | null;

const pair = (a: string, b: string) => [trimPhrase(a), trimPhrase(b)] as const;

const relation: Rule = (s) => {
  const same =
    s.match(/^(?:is|are)\s+(.+?)\s+(?:the\s+same(?:\s+thing)?\s+as|identical\s+to|interchangeable\s+with|equivalent\s+to)\s+(.+)$/) ??
    s.match(/^(?:is|are)\s+(.+?)\s+and\s+(.+?)\s+(?:the\s+same(?:\s+thing)?|interchangeable|identical|equivalent)$/);
  if (same) return { form: "relation", ...named(pair(same[1], same[2])), same: true };
  const m =
    s.match(/^(?:what(?:'s|\s+is|\s+are)\s+)?(?:the\s+)?(?:key\s+|main\s+)?differences?\s+between\s+(.+?)\s+and\s+(.+)$/) ??
    s.match(/^how\s+(?:are|is|do|does)\s+(.+?)\s+and\s+(.+?)\s+(?:related|connected|linked|different|differ|compare)$/) ??
    s.match(/^how\s+(?:is|are|does|do)\s+(.+?)\s+(?:related|connected|linked|relate)\s+to\s+(.+)$/) ??
    s.match(/^how\s+(?:is|are|does|do)\s+(.+?)\s+(?:differ|different)\s+from\s+(.+)$/) ??
    s.match(/^what\s+(?:is|are)\s+the\s+(?:relationship|relation|connection|link)\s+between\s+(.+?)\s+and\s+(.+)$/) ??
    s.match(/^compare\s+(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+)$/) ??
    s.match(/^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/);
  return m ? { form: "relation", ...named(pair(m[1].replace(CHOOSING, ""), m[2])), same: false } : null;
};
/** "When should I use an LLM vs GenAI?": the lead-in is not part of the first concept. */
const CHOOSING = /^(?:(?:when|why|how|which|what)\s+)?(?:should|would|do|can|could)\s+(?:i|we|you)\s+(?:use|choose|pick)\s+(?:between\s+)?/;
const named = ([a, b]: readonly [string, string]) => ({ a, b });

const suitability: Rule = (s) => {
  if (!/^(?:which|what)\b/.test(s)) return null;
  const m = s.match(
    /\b(?:suited|suitable|good|best|better|great|ideal|used|recommended|use|pick|choose|try)\s+(?:for|to|with)\s+(?:doing\s+|making\s+)?(.+)$/,
  );
  if (!m) return null;
  const asked = s.match(/^(?:which|what)\s+(?:ai\s+)?(products?|apps?|services?|models?|tools?)\b/)?.[1] ?? "";
  const wanted: Wanted | undefined = /^(?:products?|apps?|services?)$/.test(asked) ? "Product" : /^models?$/.test(asked) ? "Model" : undefined;
  return { form: "suitability", task: trimPhrase(m[1]), ...(wanted ? { wanted } : {}) };
};

const developer: Rule = (s) => {
  const who =
    s.match(new RegExp(`^who\\s+(?:${VERBS_MAKE_ACTIVE})\\s+(.+)$`)) ??
    s.match(new RegExp(`^(?:which|what)\\s+(?:company|companies|organi[sz]ations?|labs?|firms?|developers?)\\s+(?:${VERBS_MAKE_ACTIVE})\\s+(.+)$`)) ??
    s.match(/^who\s+(?:is|are|was|were)\s+(?:the\s+)?(?:developers?|makers?|creators?|company|companies|owners?)\s+(?:of|behind)\s+(.+)$/) ??
    s.match(new RegExp(`^(?:who|which company|what company)\\s+(?:is|was|are|were)\\s+(.+?)\\s+(?:${VERBS_MADE})\\s+by$`));
  if (who) return { form: "developer", subject: trimPhrase(who[1]) };
  const check = s.match(new RegExp(`^(?:is|was|are|were)\\s+(.+?)\\s+(?:${VERBS_MADE})\\s+by\\s+(.+)$`));
  if (check) return { form: "developer", subject: trimPhrase(check[1]), developer: trimPhrase(check[2]) };
  const did = s.match(/^did\s+(.+?)\s+(?:make|build|develop|create|design|release|train|launch)\s+(.+)$/);
  return did ? { form: "developer", subject: trimPhrase(did[2]), developer: trimPhrase(did[1]) } : null;
};

const uses: Rule = (s) => {
  const list =
    s.match(new RegExp(`^(?:what|which)\\s+(architectures?|techniques?|methods?|models?|llms?)\\s+(?:does|do|is|are)\\s+(.+?)\\s+(?:${VERBS_USE})$`)) ??
    s.match(/^what\s+(?:is|are)\s+(?:the\s+)?(architectures?|techniques?)\s+(?:of|behind)\s+(.+)$/);
  if (list) {
    const what = list[1].startsWith("architecture") ? "architecture" : /^(?:technique|method)/.test(list[1]) ? "technique" : "base";
    return { form: "uses", subject: trimPhrase(list[2]), what };
  }
  const base = s.match(/^what\s+(?:is|are)\s+(.+?)\s+(?:built on|based on|powered by|built with|running on)$/);
  if (base) return { form: "uses", subject: trimPhrase(base[1]) };
  const check = s.match(new RegExp(`^(?:does|do|is|are|did)\\s+(.+?)\\s+(?:${VERBS_USE})\\s+(.+)$`));
  return check ? { form: "uses", subject: trimPhrase(check[1]), object: trimPhrase(check[2]) } : null;
};

const capability: Rule = (s) => {
  const m =
    s.match(
      new RegExp(`^(?:can|could|does|do|will|would|is|are)\\s+(.+?)\\s+(?:be\\s+)?(?:able\\s+to\\s+|capable\\s+of\\s+|used\\s+to\\s+)?(?:${VERBS_GENERATE})\\s+(.+)$`),
    ) ?? s.match(/^(?:can|could)\s+(.+?)\s+(?:do|handle|perform|help\s+with|be\s+used\s+for)\s+(.+)$/);
  return m ? { form: "capability", subject: trimPhrase(m[1]), object: trimPhrase(m[2]) } : null;
};

const membership: Rule = (s) => {
  const without = s.match(/^(?:can|could|does|do|is|are)\s+(.+?)\s+(?:exist|work|be\s+used|function|possible)\s+without\s+(.+)$/);
  if (without) return { form: "membership", quantifier: "without", subject: trimPhrase(without[1]), targets: [trimPhrase(without[2])] };
  const belongs = s.match(/^(?:do|does)\s+(?:(all|every|each)\s+)?(.+?)\s+(?:count\s+as|belong\s+to|fall\s+under)\s+(.+)$/);
  if (belongs) return { form: "membership", quantifier: belongs[1] ? "all" : "one", subject: trimPhrase(belongs[2]), targets: [trimPhrase(belongs[3])] };
  const m = s.match(/^(?:is|are)\s+(?:(all|every|each)\s+)?(.+)$/);
  if (!m) return null;
  const quantifier: Quantifier = m[1] ? "all" : "one";
  const body = trimPhrase(m[2]);
  const sep = body.match(MEMBER_SEPARATOR);
  if (sep?.index !== undefined && sep.index > 0) {
    const target = body.slice(sep.index + sep[0].length);
    const targets = target.split(/\s+or\s+(?:an?\s+|the\s+)?/).map(trimPhrase).filter(Boolean).slice(0, 2);
    if (targets.length > 0) return { form: "membership", quantifier, subject: body.slice(0, sep.index), targets };
  }
  const or = body.match(/^(.+?)\s+(.+?)\s+or\s+(.+)$/);
  if (or) return { form: "membership", quantifier, joined: `${or[1]} ${or[2]}`, targets: [trimPhrase(or[3])] };
  return body.includes(" ") ? { form: "membership", quantifier, joined: body } : null;
};

const definition: Rule = (s) => {
  const m =
    s.match(/^(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(.+)$/) ??
    s.match(/^(?:define|explain|describe|tell\s+me\s+about|what\s+about)\s+(.+)$/) ??
    s.match(/^what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand\s+for)$/) ??
    s.match(/^(?:what\s+is\s+)?(?:the\s+)?(?:meaning|definition)\s+of\s+(.+)$/);
  return m && trimPhrase(m[1]) ? { form: "definition", subject: trimPhrase(m[1]) } : null;
};

/** Order matters: the specific forms ("what is the difference…", "is X made by…") before the general ones ("what is X", "is X a Y"). */
const RULES: Rule[] = [relation, suitability, developer, uses, capability, membership, definition];

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
  // "Are LLMs cheaper than …?" compares by a measure the graph does not hold: no form may half-read it.
  if (/\bthan\b/.test(s)) return { form: "unknown", words: contentWords(s) };
  for (const rule of RULES) {
    const parsed = rule(s);
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
      return [p.a, p.b];
    case "definition":
    case "fact":
    case "why":
      return [p.subject];
    case "comparison":
      return [p.a, p.b];
    case "unknown":
      return [];
  }
}
