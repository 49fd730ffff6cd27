// The one answer to "does X <claim> Y?" that every page gives: ask, compare, glance, the
// recommendations and the details panel's derived tags all read it from here.
import { mergeSources } from "../semantics";
import type { Dispute, GraphPath, NodeRef, SourceRef } from "../types";
import type { Claim } from "./claims";
import { held, heldObjects, type Hold, isaSteps, nodeRef, pathOf, prepare, type Route, stated, type Step } from "./hold";
import type { Knowledge } from "./knowledge";

/**
 * yes: the subject holds it. some: a category some of whose members hold it (never every member).
 * contested: the articles disagree, and both sides are given. no: the graph rules it out (a limitation).
 * not-recorded: the graph says nothing either way.
 */
export type Holding = "yes" | "some" | "contested" | "no" | "not-recorded";

export interface DisputeFound extends Dispute {
  /** The relationship the source disputes. */
  relationship: string;
}

export interface Against {
  limitation: NodeRef;
  /** The modality the limitation rules out. */
  modality: NodeRef;
  path: GraphPath;
  sources: SourceRef[];
}

export interface Judgement {
  subject: NodeRef;
  claim: Claim;
  object: NodeRef;
  holding: Holding;
  /** How the subject itself holds it (yes, or the yes side of a contested answer). */
  route?: Route;
  /** Members that hold it themselves, nearest first (for a category). */
  members: NodeRef[];
  /** The IS_A chain from the first of those members up to the subject. */
  memberChain?: NodeRef[];
  /** The subject is a category that states it of some members without naming them. */
  statedForSome: boolean;
  /** What rules it out: a limitation the subject holds. */
  against?: Against;
  /** For a task: the outputs the subject is not recorded to generate. */
  lacking: NodeRef[];
  /** For a claim with one answer, such as who made it: what the graph records instead, which rules the object out. */
  instead?: NodeRef[];
  /** When nothing is recorded about the object: what the subject is recorded to hold for the same claim. */
  recorded?: NodeRef[];
  disputes: DisputeFound[];
  /** The yes rests on a claim the articles make about the future. */
  forecast: boolean;
  /** The evidence for the yes side (own route, or the first members'), then for the other side. */
  paths: GraphPath[];
  sources: SourceRef[];
}

/** How many members' evidence paths are given for "some". */
export const MEMBER_PATHS = 3;

function stepSources(steps: Step[]): SourceRef[] {
  return mergeSources(...steps.map((s) => s.rel.sources));
}

function disputesOn(steps: Step[]): DisputeFound[] {
  return steps.flatMap((s) => (s.rel.disputedBy ?? []).map((d) => ({ ...d, relationship: s.rel.id })));
}

/** A limitation the subject holds that rules out the modality (its `rulesOut` fact). */
function ruling(k: Knowledge, subject: string, modality: string): { limitation: string; hold: Hold } | null {
  for (const limitation of heldObjects(k, subject, "has-limitation")) {
    const rulesOut = k.has(limitation) ? k.details(limitation).node.rulesOut : undefined;
    if (Array.isArray(rulesOut) && rulesOut.includes(modality)) return { limitation, hold: held(k, subject, "has-limitation", limitation)! };
  }
  return null;
}

interface Core {
  hold: Hold | null;
  lacking: string[];
  against: { limitation: string; modality: string; hold: Hold } | null;
}

/**
 * Claims a recorded value answers for the subject as a whole: the articles name who made a model, so a
 * maker they do not name is ruled out. Outputs, tasks and architectures are not: a second one may exist.
 */
const SINGLE_ANSWER: ReadonlySet<Claim> = new Set<Claim>(["developed-by"]);

/** The subject's own standing, without looking at its members. */
function core(k: Knowledge, subject: string, claim: Claim, object: string): Core {
  const hold = held(k, subject, claim, object);
  if (claim === "generates" || claim === "accepts") {
    const r = ruling(k, subject, object);
    return { hold, lacking: [], against: r && { ...r, modality: object } };
  }
  if (claim !== "suited-for") return { hold, lacking: [], against: null };
  // A task asks for its outputs: a tool suited for it must generate each of them.
  const outputs = k.has(object) ? k.out(object, "GENERATES").map((r) => r.node.id) : [];
  const missing = outputs.filter((o) => !held(k, subject, "generates", o));
  const lacking = hold ? missing : [];
  // A limitation that rules out an output sets itself against a suitability the articles state (contested); where
  // none is stated, it rules the task out unless the subject is itself said to produce that output.
  let ruled: Core["against"] = null;
  for (const o of hold ? outputs : missing) {
    const r = ruling(k, subject, o);
    if (r) {
      ruled = { ...r, modality: o };
      break;
    }
  }
  return { hold, lacking, against: ruled };
}

/** Whether the subject itself does it, as one of its members would be counted: yes or contested. */
function does(c: Core): boolean {
  return c.hold !== null && c.lacking.length === 0;
}

/** Loads what judging the subject (and its members, for a category) reads, and the object's details. */
export async function prepareSubject(k: Knowledge, subject: string, withMembers = true): Promise<void> {
  await prepare(k, subject);
  if (!withMembers) return;
  await Promise.all((await k.members(subject)).map((m) => prepare(k, m.id)));
}

export async function prepareObject(k: Knowledge, object: string): Promise<void> {
  await k.load([object]);
  if (k.has(object)) await k.load(k.out(object, "GENERATES").map((r) => r.node.id));
}

/** The judgement over loaded knowledge; call prepareSubject and prepareObject first (judge() does). */
export function judgeLoaded(k: Knowledge, subject: string, claim: Claim, object: string): Judgement {
  const own = core(k, subject, claim, object);
  const holders = k.hasMembers(subject)
    ? k.membersLoaded(subject).filter((m) => does(core(k, m.id, claim, object)))
    : [];
  const statement = stated(k, subject, claim, object);
  const statedForSome = statement !== undefined && own.hold === null;
  const yesSteps = does(own) ? own.hold!.steps : [];
  const memberSteps = holders.slice(0, MEMBER_PATHS).map((m) => [...isaSteps(k, m.chain).reverse().map(flip(k)), ...held(k, m.id, claim, object)!.steps]);
  const againstSteps = own.against?.hold.steps ?? [];

  const disputes = [...disputesOn(yesSteps), ...disputesOn(againstSteps), ...memberSteps.flatMap(disputesOn)];
  const someoneDoes = does(own) || holders.length > 0 || statedForSome;
  let holding: Holding;
  if (own.against && someoneDoes) holding = "contested";
  else if (does(own)) holding = disputesOn(yesSteps).length > 0 ? "contested" : "yes";
  else if (holders.length > 0 || statedForSome) holding = "some";
  else if (own.against) holding = "no";
  else holding = "not-recorded";

  const yesPaths = does(own) ? [own.hold!.path] : memberSteps.map((steps) => pathOf(k, subject, steps));
  const statedPath = statedForSome && holders.length === 0 ? [pathOf(k, subject, [{ from: subject, rel: statement! }])] : [];
  const instead = !own.hold && SINGLE_ANSWER.has(claim) && holders.length === 0 && !statedForSome ? heldObjects(k, subject, claim) : [];
  if (holding === "not-recorded" && instead.length > 0) holding = "no";
  const insteadHolds = instead.map((o) => held(k, subject, claim, o)!);
  const againstPaths = [...(own.against ? [own.against.hold.path] : []), ...insteadHolds.map((h) => h.path)];
  const object_ = k.has(object) ? nodeRef(k, object) : { id: object, name: object, kind: "Modality" as const };
  return {
    subject: nodeRef(k, subject),
    claim,
    object: object_,
    holding,
    ...(own.hold ? { route: own.hold.route } : {}),
    members: holders.map((m) => nodeRef(k, m.id)),
    ...(holders.length > 0 ? { memberChain: holders[0].chain.map((id) => nodeRef(k, id)) } : {}),
    statedForSome,
    ...(own.against
      ? {
          against: {
            limitation: nodeRef(k, own.against.limitation),
            modality: nodeRef(k, own.against.modality),
            path: own.against.hold.path,
            sources: stepSources(againstSteps),
          },
        }
      : {}),
    lacking: own.lacking.map((id) => nodeRef(k, id)),
    ...(instead.length > 0 ? { instead: instead.map((id) => nodeRef(k, id)) } : {}),
    ...(holding === "not-recorded" ? { recorded: heldObjects(k, subject, claim).map((id) => nodeRef(k, id)) } : {}),
    disputes: dedupe(disputes),
    forecast: [...yesSteps, ...memberSteps.flat()].some((step) => step.rel.forecast === true),
    paths: [...yesPaths, ...statedPath, ...againstPaths],
    sources: mergeSources(
      statement && statedForSome ? statement.sources : [],
      stepSources(yesSteps),
      ...memberSteps.map(stepSources),
      stepSources(againstSteps),
      ...insteadHolds.map((h) => stepSources(h.steps)),
    ),
  };
}

/** An IS_A step walked from parent to child: the same relationship, read from the parent's side. */
const flip = (k: Knowledge) => (s: Step): Step => ({ from: s.rel.node.id, rel: k.details(s.rel.node.id).relationships.find((r) => r.id === s.rel.id && r.direction === "in")! });

function dedupe(found: DisputeFound[]): DisputeFound[] {
  return [...new Map(found.map((d) => [`${d.relationship}|${d.source.id}`, d])).values()];
}

export async function judge(k: Knowledge, subject: string, claim: Claim, object: string): Promise<Judgement> {
  await Promise.all([prepareSubject(k, subject), prepareObject(k, object)]);
  return judgeLoaded(k, subject, claim, object);
}

