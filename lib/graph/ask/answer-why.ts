// "Why do LLMs hallucinate?", "Why can't LLMs make videos?": answered from a limitation the subject
// holds and the cause the articles give for it (the limitation's `cause` fact and its sources).
import { explain } from "../reasoning/explain";
import { judge } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import { mergeSources } from "../semantics";
import type { GraphStore, NodeRef, SourceRef } from "../types";
import { claimFor, fromJudgement } from "./answer-claim";
import type { Answer } from "./ask-types";
import { resolvePhrase } from "./resolve-concepts";

/** "hallucinate" names Hallucination, "biased content" Bias: the noun forms a limitation is filed under, whole phrase first. */
function nounForms(predicate: string): string[] {
  const p = predicate.replace(/^(?:be|are|is|get|have|has|suffer from|produce|make|give|generate|create|spread)\s+/, "").trim();
  const forms = (w: string) => [w, w.replace(/e$/, "ion"), w.replace(/es?$/, "ions"), w.replace(/ed$/, ""), w.replace(/s$/, "")];
  const words = p.split(" ").filter((w) => w.length > 3);
  return [...new Set([...forms(p), ...(words.length > 1 ? words.flatMap(forms) : [])])].filter(Boolean);
}

/** "Why is X so expensive?" asks about every cost the graph records for X. */
const EXPENSIVE = /\b(?:expensive|costly|cost|costs|pricey)\b/;
const COSTS = ["high-compute-cost", "high-training-cost", "high-operational-cost", "integration-complexity"];

const GENERATING = /^(?:generate|create|make|produce|write|draw|compose|output|render|paint|design)\s+/;
const ACCEPTING = /^(?:understand|read|analy[sz]e|see|hear|interpret|take|accept|process|recogni[sz]e|describe|handle)\s+/;

async function causeOf(k: Knowledge, limitation: string): Promise<{ text: string; sources: SourceRef[] }> {
  await k.load([limitation]);
  const node = k.details(limitation).node;
  const cause = typeof node.cause === "string" ? node.cause : null;
  const ids = Array.isArray(node.causeSources) ? node.causeSources : [];
  const known = new Map(k.allSources().map((s) => [s.id, s]));
  return { text: cause ?? "", sources: ids.map((id) => known.get(id) ?? { id, title: id }) };
}

export async function answerWhy(store: GraphStore, subject: NodeRef, predicate: string, negated: boolean): Promise<Answer> {
  const k = new Knowledge(store);
  if (negated) {
    const verb = GENERATING.test(predicate) ? "generates" : ACCEPTING.test(predicate) ? "accepts" : "does";
    const objectPhrase = predicate.replace(GENERATING, "").replace(ACCEPTING, "").replace(/^(?:do|be used for)\s+/, "");
    const object = await resolvePhrase(store, objectPhrase, ["Modality", "Task", "Industry"]);
    const claim = object && claimFor(verb, object.node);
    if (object && claim) {
      const j = await judge(k, subject.id, claim, object.node.id);
      if (j.against) {
        const cause = await causeOf(k, j.against.limitation.id);
        const because = `Because ${subject.name} has the limitation ${j.against.limitation.name}, which rules out ${j.against.modality.name}${cause.text ? `: ${cause.text}` : "."}`;
        return fromJudgement(j, {
          verdict: j.holding === "contested" ? "contested" : undefined,
          text: j.holding === "contested" ? `${because} ${explain(j)}` : because,
          items: [j.against.limitation],
          sources: mergeSources(j.sources, cause.sources),
        });
      }
      // The question takes for granted what the graph contradicts: "why can't generative AI make videos?"
      if (j.holding === "yes" || j.holding === "some") return fromJudgement(j, { verdict: "no", text: `The question's premise does not hold: ${explain(j)}` });
      return fromJudgement(j, { verdict: undefined, text: `The graph does not say ${subject.name} cannot do it. ${explain(j)}` });
    }
  }
  if (EXPENSIVE.test(predicate)) {
    const judged = await Promise.all(COSTS.map((c) => judge(k, subject.id, "has-limitation", c).catch(() => null)));
    const held = judged.filter((j): j is NonNullable<typeof j> => j !== null && j.holding !== "not-recorded" && j.holding !== "no");
    if (held.length > 0) {
      const causes = await Promise.all(held.map((j) => causeOf(k, j.object.id)));
      const why = held.map((j, i) => `${j.object.name}${causes[i].text ? ` (${causes[i].text.replace(/\.$/, "")})` : ""}`);
      return {
        text: `${subject.name} has the cost-related limitation${held.length > 1 ? "s" : ""} ${why.join("; ")}.`,
        nodes: [subject, ...held.map((j) => j.object)],
        items: held.map((j) => j.object),
        paths: held.flatMap((j) => j.paths.slice(0, 1)),
        sources: mergeSources(...held.map((j) => j.sources), ...causes.map((c) => c.sources)),
      };
    }
  }
  for (const phrase of nounForms(predicate)) {
    const found = await resolvePhrase(store, phrase, ["Limitation"]);
    if (!found || found.node.kind !== "Limitation" || found.tier > 2) continue;
    const j = await judge(k, subject.id, "has-limitation", found.node.id);
    if (j.holding === "not-recorded" || j.holding === "no") {
      return fromJudgement(j, { verdict: undefined, text: `The graph does not record ${found.node.name} as a limitation of ${subject.name}.` });
    }
    const cause = await causeOf(k, found.node.id);
    const why = cause.text ? ` The articles give the cause: ${cause.text}` : " The articles name it as a limitation but give no cause.";
    return fromJudgement(j, { verdict: j.holding === "contested" ? "contested" : undefined, text: `${explain(j)}${why}`, sources: mergeSources(j.sources, cause.sources) });
  }
  return { text: `The graph records no limitation of ${subject.name} that “${predicate}” names, so it cannot say why.`, nodes: [subject], items: [], paths: [], sources: [] };
}
