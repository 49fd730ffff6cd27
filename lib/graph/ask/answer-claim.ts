// "Can X generate Y?", "Can X be used for T?", "Does X use Y?", "Is X made by Y?": one judgement from
// the reasoning layer, read the way the question reads a category subject: "can/does X…" asks
// whether some X do, "do all X…" whether every X does, "only X…" whether nothing else does.
import { CLAIM_TYPE, type Claim } from "../reasoning/claims";
import { disputeText, explain, someNames } from "../reasoning/explain";
import { judge, type Judgement } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import { relPhrase } from "../phrases";
import type { GraphStore, NodeRef } from "../types";
import type { Answer, Verdict } from "./ask-types";
import type { Reading } from "./parse-question";

const VERDICT: Record<Judgement["holding"], Verdict> = {
  yes: "yes",
  some: "yes",
  contested: "contested",
  no: "no",
  "not-recorded": "not-recorded",
};

const LEAD: Record<Judgement["holding"], string> = { yes: "Yes: ", some: "Yes: ", contested: "", no: "No: ", "not-recorded": "Not recorded: " };

/** The claim a question asks, from what its object turned out to be. */
export function claimFor(relation: "generates" | "accepts" | "does" | "uses" | "developer", object: NodeRef): Claim | null {
  if (relation === "developer") return object.kind === "Organization" ? "developed-by" : null;
  if (relation === "uses") {
    if (object.kind === "Architecture") return "uses-architecture";
    if (object.kind === "Technique") return "uses-technique";
    if (object.kind === "Modality") return "accepts";
    return object.kind === "Model" || object.kind === "Category" || object.kind === "Product" ? "built-on" : null;
  }
  if (object.kind === "Task") return "suited-for";
  if (object.kind === "Industry") return "applied-in";
  if (object.kind === "Modality") return relation === "accepts" ? "accepts" : "generates";
  return null;
}

export function fromJudgement(j: Judgement, extra: Partial<Answer> = {}): Answer {
  return {
    verdict: VERDICT[j.holding],
    text: explain(j),
    nodes: [j.subject, j.object, ...(j.against ? [j.against.limitation] : []), ...(j.instead ?? [])],
    items: j.holding === "some" || (j.holding === "contested" && !j.route) ? j.members : j.holding === "yes" ? [j.object] : (j.instead ?? j.recorded ?? []),
    paths: j.paths,
    sources: j.sources,
    ...(j.disputes.length > 0 ? { disputes: j.disputes } : {}),
    ...extra,
  };
}

/** Who else holds the claim of the object, outside the subject's own line: the answer to "only X?". */
async function others(k: Knowledge, j: Judgement): Promise<NodeRef[]> {
  const lineage = new Set([j.subject.id, ...(await k.ancestors(j.subject.id)).map((a) => a.id), ...(await k.members(j.subject.id)).map((m) => m.id)]);
  await k.load([j.object.id]);
  // A task "generates" its output too; only things that can do the claim count.
  const stating = k
    .in(j.object.id, CLAIM_TYPE[j.claim])
    .map((r) => r.node)
    .filter((n) => !lineage.has(n.id) && n.kind !== "Task");
  return stating.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** `k` may be shared by many questions to the same store (the consistency suite does). */
export async function answerClaim(store: GraphStore, subject: NodeRef, claim: Claim, object: NodeRef, reading: Reading, k = new Knowledge(store)): Promise<Answer> {
  const j = await judge(k, subject.id, claim, object.id);
  const X = subject.name;
  const does = `${relPhrase(CLAIM_TYPE[claim], "out")} ${object.name}`;
  // "Do all LLMs…?" is answered no by members that do while the class as a whole does not, disputed or not.
  if (reading === "all" && (j.holding === "some" || (j.holding === "contested" && !j.route))) {
    const named = j.members.length > 0 ? `; only some do, such as ${someNames(j.members)}` : `; the articles say it of some ${X} only`;
    return fromJudgement(j, { verdict: "no", text: `No: not every ${X} ${does}${named}.${disputeText(j)}` });
  }
  if (reading === "only" && (j.holding === "yes" || j.holding === "some")) {
    const besides = await others(k, j);
    if (besides.length > 0) {
      return fromJudgement(j, { verdict: "no", text: `No: not only ${X}; the graph records the same of ${someNames(besides)}.`, items: besides });
    }
    return fromJudgement(j, { text: `Yes: in the graph only ${X} ${does}. ${explain(j)}` });
  }
  return fromJudgement(j, { text: `${LEAD[j.holding]}${explain(j)}` });
}
