// Questions about a measure the graph records: what a thing costs, how open it is, whether it runs
// offline. "fact" asks about one thing ("Is GPT-4 expensive?"), "comparison" about two ("Is Llama
// more open than GPT-4?", "Which is cheaper, A or B?"). Only phrasings whose yes means "more of
// the measure" read as a fact: "Is GPT-4 cheap?" would need the answer turned round, so it is not read.
import type { Measure } from "./ask-types";
import { trimPhrase, type Rule } from "./parse-view";

/** Adjectives of a measure and which way each points: expensive means more cost, affordable less. */
const ADJECTIVES: [RegExp, Measure, boolean][] = [
  [/^(?:expensive|costly|pricey|pricy)$/, "cost", true],
  [/^(?:affordable|inexpensive)$/, "cost", false],
  [/^open(?:[- ]?source(?:d)?|[- ]weights?)?$/, "openness", true],
  [/^(?:closed(?:[- ]source)?|proprietary)$/, "openness", false],
];
const ADJECTIVE = "expensive|costly|pricey|pricy|affordable|inexpensive|open[- ]?source(?:d)?|open[- ]weights?|open|closed[- ]source|closed|proprietary";
/** A comparative, or a superlative ("Which is the cheapest, A or B?") read as one. */
const COMPARATIVE = `((?:the\\s+)?(?:cheaper|pricier|costlier|cheapest|priciest|costliest|(?:more|less|most|least)\\s+(?:${ADJECTIVE})))`;
/** "more expensive to run": the purpose does not change the measure. */
const TO_DO = "(?:\\s+to\\s+(?:run|use|train|deploy|host|operate|serve))?";
const MUCH = "(?:(?:much|far|way|even|a\\s+lot)\\s+)?";

function measureOf(written: string): { measure: Measure; more: boolean } | undefined {
  const comparative = written
    .replace(/^the\s+/, "")
    .replace(/^most\s/, "more ")
    .replace(/^least\s/, "less ")
    .replace(/^cheapest$/, "cheaper")
    .replace(/^(?:priciest|costliest)$/, "pricier");
  if (comparative === "cheaper") return { measure: "cost", more: false };
  if (comparative === "pricier" || comparative === "costlier") return { measure: "cost", more: true };
  const [direction, ...rest] = comparative.split(/\s+/);
  const adjective = ADJECTIVES.find(([re]) => re.test(rest.join(" ")));
  return adjective && { measure: adjective[1], more: direction === "more" ? adjective[2] : !adjective[2] };
}

/** Each pattern's groups: a, the comparative, b. */
const COMPARISONS: RegExp[] = [
  new RegExp(`^(?:is|are|was|were)\\s+(.+?)\\s+${MUCH}${COMPARATIVE}${TO_DO}\\s+than\\s+(.+?)${TO_DO}$`),
  new RegExp(`^(?:which|what)(?:\\s+one)?\\s+(?:is|are)\\s+${MUCH}${COMPARATIVE}${TO_DO}\\s*[,:]?\\s+(?:between\\s+)?(.+?)\\s+(?:or|and)\\s+(.+)$`),
  new RegExp(`^(?:between\\s+)?(.+?)\\s+(?:or|and)\\s+(.+?)\\s*[,:]?\\s+which(?:\\s+one)?\\s+is\\s+${MUCH}${COMPARATIVE}${TO_DO}$`),
];
/** "Does GPT-4 cost more than Llama?", "Which costs less, A or B?": groups a, more|less, b. */
const COSTS: RegExp[] = [
  new RegExp(`^(?:does|do)\\s+(.+?)\\s+cost\\s+${MUCH}(more|less)${TO_DO}\\s+than\\s+(.+?)${TO_DO}$`),
  new RegExp(`^(?:which|what)(?:\\s+one)?\\s+costs?\\s+${MUCH}(more|less)${TO_DO}\\s*[,:]?\\s+(?:between\\s+)?(.+?)\\s+(?:or|and)\\s+(.+)$`),
];

export const comparison: Rule = ({ s }) => {
  for (const [i, re] of COMPARISONS.entries()) {
    const m = s.match(re);
    if (!m) continue;
    // The first pattern names a first; the others name the comparative first.
    const [a, comparative, b] = i === 0 ? [m[1], m[2], m[3]] : i === 1 ? [m[2], m[1], m[3]] : [m[1], m[3], m[2]];
    const measured = measureOf(comparative);
    if (measured) return { form: "comparison", a: trimPhrase(a), b: trimPhrase(b), ...measured };
  }
  for (const [i, re] of COSTS.entries()) {
    const m = s.match(re);
    if (!m) continue;
    const [a, more, b] = i === 0 ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
    return { form: "comparison", a: trimPhrase(a), b: trimPhrase(b), measure: "cost", more: more === "more" };
  }
  return null;
};

const OFFLINE =
  "(?:offline|locally|local|on[- ]device|on[- ]prem(?:ise|ises)?|without\\s+(?:an?\\s+)?(?:internet|network|cloud)(?:\\s+(?:connection|access))?|on\\s+(?:a|my|your|our|their)\\s+(?:own\\s+)?(?:laptop|computer|pc|phone|mac|device|machine|server|hardware|gpu))";
const OR_NOT = "(?:\\s+or\\s+not)?";
const FACTS: [RegExp, Measure][] = [
  [new RegExp(`^(?:can|could|does|do|will|would)\\s+(.+?)\\s+(?:run|runs|work|works|operate|function|be\\s+(?:run|used|deployed|hosted|installed))\\s+${OFFLINE}${OR_NOT}$`), "offline"],
  [new RegExp(`^(?:is|are)\\s+(.+?)\\s+(?:available|usable|runnable|running|working)\\s+${OFFLINE}${OR_NOT}$`), "offline"],
  [new RegExp(`^(?:can|could)\\s+(?:i|we|you)\\s+(?:run|use|host|deploy|install)\\s+(.+?)\\s+${OFFLINE}$`), "offline"],
  [new RegExp(`^(?:is|are)\\s+(.+?)\\s+(?:fully\\s+|truly\\s+|really\\s+)?(?:open[- ]?source(?:d)?|open[- ]weights?|openly\\s+available|open)${OR_NOT}$`), "openness"],
  [/^(?:does|do)\s+(.+?)\s+have\s+open\s+weights$/, "openness"],
  [new RegExp(`^(?:is|are)\\s+(.+?)\\s+(?:very\\s+|too\\s+|really\\s+|so\\s+)?(?:expensive|costly|pricey|pricy)${TO_DO}${OR_NOT}$`), "cost"],
  [new RegExp(`^how\\s+(?:expensive|costly|pricey)\\s+(?:is|are)\\s+(.+?)${TO_DO}$`), "cost"],
  [new RegExp(`^how\\s+much\\s+(?:does|do)\\s+(.+?)\\s+cost${TO_DO}$`), "cost"],
  [/^(?:does|do)\s+(.+?)\s+cost\s+(?:a\s+lot|much|money)$/, "cost"],
];

export const fact: Rule = ({ s }) => {
  for (const [re, measure] of FACTS) {
    const m = s.match(re);
    if (m?.[1]) return { form: "fact", subject: trimPhrase(m[1]), measure };
  }
  return null;
};
