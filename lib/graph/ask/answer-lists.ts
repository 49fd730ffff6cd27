// "What architecture does X use?", "What is X built on?", "Who made X?": what X holds, from the
// reasoning layer (its own statements, every-statements of its categories, and what it is built on);
// when only members state it, which members, since nothing is said of X as a whole.
import type { Claim } from "../reasoning/claims";
import { claimPhrase, someNames } from "../reasoning/explain";
import { heldObjects } from "../reasoning/hold";
import { judgeLoaded, type Judgement, prepareSubject } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import { mergeSources } from "../semantics";
import type { GraphStore, NodeRef } from "../types";
import type { Answer } from "./ask-types";
import { uniqueNodes } from "./evidence";
import { namesList } from "./wording";

const AGGREGATED_SHOWN = 5;
const NOUN: Record<Claim, string> = {
  generates: "output",
  accepts: "input",
  "suited-for": "task",
  "applied-in": "industry",
  "uses-architecture": "architecture",
  "uses-technique": "technique",
  "built-on": "base model",
  "developed-by": "developer",
  "has-limitation": "limitation",
};

/** The claims a list question asks for: the architecture, the technique, or what it is built on (and its architecture). */
const CLAIMS: Record<"architecture" | "technique" | "base" | "any" | "developer", Claim[]> = {
  architecture: ["uses-architecture"],
  technique: ["uses-technique"],
  base: ["built-on"],
  any: ["built-on", "uses-architecture"],
  developer: ["developed-by"],
};

/** Objects some members hold but the subject does not, as judgements ("some"), nearest members first. */
function aggregated(k: Knowledge, subject: string, claim: Claim): Judgement[] {
  const objects = new Set(k.membersLoaded(subject).flatMap((m) => heldObjects(k, m.id, claim)));
  return [...objects].sort().map((o) => judgeLoaded(k, subject, claim, o)).filter((j) => j.holding === "some");
}

export async function answerList(store: GraphStore, subject: NodeRef, what: keyof typeof CLAIMS): Promise<Answer> {
  const k = new Knowledge(store);
  await prepareSubject(k, subject.id);
  const sentences: string[] = [];
  const found: Judgement[] = [];
  for (const claim of CLAIMS[what]) {
    const held = heldObjects(k, subject.id, claim).map((o) => judgeLoaded(k, subject.id, claim, o));
    if (held.length > 0) {
      found.push(...held);
      sentences.push(`${subject.name} ${claimPhrase({ claim, object: { ...subject, name: namesList(held.map((j) => j.object.name)) } })}`);
      continue;
    }
    const some = aggregated(k, subject.id, claim).slice(0, AGGREGATED_SHOWN);
    if (some.length === 0) continue;
    found.push(...some);
    sentences.push(`not every ${subject.name} has the same ${NOUN[claim]}: the graph names ${someNames(some.map((j) => j.object), AGGREGATED_SHOWN)} for some of them`);
  }
  const items = uniqueNodes(found.map((j) => j.object));
  const text = sentences.length > 0 ? `${capitalise(sentences.join("; "))}.` : `The graph records no ${NOUN[CLAIMS[what][CLAIMS[what].length - 1]]} for ${subject.name}.`;
  const disputes = found.flatMap((j) => j.disputes);
  return {
    text,
    nodes: uniqueNodes([subject, ...items]),
    items,
    paths: found.flatMap((j) => j.paths.slice(0, 1)),
    sources: mergeSources(...found.map((j) => j.sources)),
    ...(disputes.length > 0 ? { disputes } : {}),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
