// The forms that name two things or one: relation, suitability, developer, membership, definition.
// Patterns over `v.s` read the words as typed; patterns over the lemmatised `v.c` (through `grab`)
// read every inflection of a vocabulary word as its lemma.
import type { Quantifier, Wanted } from "./ask-types";
import { grab, lemmaPattern, trimPhrase, type Rule } from "./parse-view";
import { anyOf } from "./parse-vocabulary";

const MADE = anyOf(["make", "build", "develop", "create", "train", "release", "design", "own", "launch", "introduce"]);
const MEMBER_SEPARATOR =
  /\s+(?:(?:a|an|one)\s+)?(?:(?:part|kind|type|form|subset|member|sort|example|subtype|variety|branch|instance|subcategory|category)s?\s+of(?:\s+the)?|considered(?:\s+an?)?|an|a|the)\s+/;

const pair = (a: string, b: string) => ({ a: trimPhrase(a), b: trimPhrase(b) });

export const relation: Rule = ({ s }) => {
  const same =
    s.match(/^(?:is|are)\s+(.+?)\s+(?:the\s+same(?:\s+thing)?\s+as|identical\s+to|interchangeable\s+with|equivalent\s+to)\s+(.+)$/) ??
    s.match(/^(?:is|are)\s+(.+?)\s+and\s+(.+?)\s+(?:the\s+same(?:\s+thing)?|interchangeable|identical|equivalent)$/);
  if (same) return { form: "relation", ...pair(same[1], same[2]), same: true };
  const m =
    s.match(/^(?:what(?:'s|\s+is|\s+are)\s+)?(?:the\s+)?(?:key\s+|main\s+)?differences?\s+between\s+(.+?)\s+and\s+(.+)$/) ??
    s.match(/^how\s+(?:are|is|do|does)\s+(.+?)\s+and\s+(.+?)\s+(?:related|connected|linked|different|differ|compare)$/) ??
    s.match(/^how\s+(?:is|are|does|do)\s+(.+?)\s+(?:related|connected|linked|relate)\s+to\s+(.+)$/) ??
    s.match(/^how\s+(?:is|are|does|do)\s+(.+?)\s+(?:differ|different)\s+from\s+(.+)$/) ??
    s.match(/^what\s+(?:is|are)\s+the\s+(?:relationship|relation|connection|link)\s+between\s+(.+?)\s+and\s+(.+)$/) ??
    s.match(/^compare\s+(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+)$/) ??
    s.match(/^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/);
  return m ? { form: "relation", ...pair(m[1].replace(CHOOSING, ""), m[2]), same: false } : null;
};
/** "When should I use an LLM vs GenAI?": the lead-in is not part of the first concept. */
const CHOOSING = /^(?:(?:when|why|how|which|what)\s+)?(?:should|would|do|can|could)\s+(?:i|we|you)\s+(?:use|choose|pick)\s+(?:between\s+)?/;

const SUITS = lemmaPattern(
  "\\b(?:suited|suitable|good|best|better|great|ideal|use~ed|recommended|use|pick|choose|try)\\s+(?:for|to|with)\\s+(?:doing\\s+|make~ing\\s+)?(.+)$",
);

export const suitability: Rule = (v) => {
  if (!/^(?:which|what)\b/.test(v.s)) return null;
  const m = grab(v, SUITS);
  if (!m?.[1]) return null;
  const asked = v.c.match(/^(?:which|what)\s+(?:ai\s+)?(product|app|service|model|tool)\b/)?.[1] ?? "";
  const wanted: Wanted | undefined = /^(?:product|app|service)$/.test(asked) ? "Product" : asked === "model" ? "Model" : undefined;
  return { form: "suitability", task: trimPhrase(m[1]), ...(wanted ? { wanted } : {}) };
};

const WHO = [
  lemmaPattern(`^who\\s+(?:(?:${MADE})(?:~ed|~s)?|is\\s+behind|are\\s+behind)\\s+(.+)$`),
  lemmaPattern(`^(?:which|what)\\s+(?:company|organisation|organization|lab|firm|developer)\\s+(?:(?:${MADE})(?:~ed|~s)?|is\\s+behind|are\\s+behind)\\s+(.+)$`),
  lemmaPattern("^who\\s+(?:is|are|was|were)\\s+(?:the\\s+)?(?:developer|maker|makers|creator|creators|company|owner|owners)\\s+(?:of|behind)\\s+(.+)$"),
  lemmaPattern(`^(?:who|what|which company|what company)\\s+(?:is|was|are|were)\\s+(.+?)\\s+(?:${MADE})~ed\\s+by$`),
];
const MADE_BY = lemmaPattern(`^(?:is|was|are|were)\\s+(.+?)\\s+(?:${MADE})~ed\\s+by\\s+(.+)$`);
const DID_MAKE = lemmaPattern("^did\\s+(.+?)\\s+(?:make|build|develop|create|design|release|train|launch)\\s+(.+)$");

export const developer: Rule = (v) => {
  for (const re of WHO) {
    const who = grab(v, re);
    if (who?.[1]) return { form: "developer", subject: trimPhrase(who[1]) };
  }
  const check = grab(v, MADE_BY);
  if (check?.[1] && check[2]) return { form: "developer", subject: trimPhrase(check[1]), developer: trimPhrase(check[2]) };
  const did = grab(v, DID_MAKE);
  return did?.[1] && did[2] ? { form: "developer", subject: trimPhrase(did[2]), developer: trimPhrase(did[1]) } : null;
};

export const membership: Rule = ({ s }) => {
  const without = s.match(/^(?:can|could|does|do|is|are)\s+(.+?)\s+(?:exist|work|be\s+used|function|possible)\s+without\s+(.+)$/);
  if (without) return { form: "membership", quantifier: "without", subject: trimPhrase(without[1]), targets: [trimPhrase(without[2])] };
  const belongs = s.match(/^(?:do|does)\s+(?:(all|every|each)\s+)?(.+?)\s+(?:count\s+as|belong\s+to|fall\s+under)\s+(.+)$/);
  if (belongs) return { form: "membership", quantifier: belongs[1] ? "all" : "one", subject: trimPhrase(belongs[2]), targets: [trimPhrase(belongs[3])] };
  const m = s.match(/^(?:is|are)\s+(?:(all|every|each)\s+)?(.+)$/);
  if (!m) return null;
  const quantifier: Quantifier = m[1] ? "all" : "one";
  // "Is X a Y or not?" asks the same as "Is X a Y?", and "is X either a Y or a Z?" as "is X a Y or a Z?".
  const body = trimPhrase(m[2].replace(/\s+or\s+not$/, "").replace(/\s+either\s+/, " "));
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

export const definition: Rule = ({ s }) => {
  const m =
    s.match(/^(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(.+)$/) ??
    s.match(/^(?:define|explain|describe|tell\s+me\s+about|what\s+about)\s+(.+)$/) ??
    s.match(/^what\s+(?:does|do)\s+(.+?)\s+(?:mean|stand\s+for)$/) ??
    s.match(/^(?:what\s+is\s+)?(?:the\s+)?(?:meaning|definition)\s+of\s+(.+)$/);
  return m && trimPhrase(m[1]) ? { form: "definition", subject: trimPhrase(m[1]) } : null;
};
