// One sentence per judgement, in words a reader can check: what holds, through what, for which
// members, what rules it out, and which sources disagree. Every page words a judgement this way.
import { relPhrase } from "../phrases";
import { namesList } from "../insights/wording";
import { CLAIM_TYPE } from "./claims";
import type { Route } from "./hold";
import type { Dispute } from "../types";
import type { Judgement } from "./judge";

/** How many members a sentence names before "and N more". */
export const NAMED = 3;

export function someNames(nodes: { name: string }[], shown = NAMED): string {
  const names = nodes.slice(0, shown).map((n) => n.name);
  const more = nodes.length - names.length;
  return more > 0 ? `${names.join(", ")} and ${more} more` : namesList(names);
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? "an" : "a");

/** "generates Image", "is suited for Code Generation". */
export function claimPhrase(j: Pick<Judgement, "claim" | "object">): string {
  return `${relPhrase(CLAIM_TYPE[j.claim], "out")} ${j.object.name}`;
}

/** "Easel is a Painter, and every Painter is suited for Painting." */
export function holdsText(subject: string, route: Route, does: string): string {
  switch (route.kind) {
    case "direct":
      return `${subject} ${does}`;
    case "inherited": {
      const between = route.chain.slice(1, -1).map((n) => n.name);
      const through = between.length > 0 ? ` (through ${namesList(between)})` : "";
      return `${subject} is ${article(route.from.name)} ${route.from.name}${through}, and every ${route.from.name} ${does}`;
    }
    case "base":
      return `${subject} is built on ${route.base.name}, and ${holdsText(route.base.name, route.inner, does)}`;
    case "architecture": {
      const a = route.architecture.name;
      return `${subject} uses the ${a} architecture, and ${route.inner.kind === "direct" ? `every ${a} ${does}` : holdsText(a, route.inner, does)}`;
    }
  }
}

/** "<article> (2025): <what it says instead>; …", each note without its closing full stop. */
export function disputesList(disputes: Dispute[]): string {
  return disputes.map((d) => `${d.source.title}${d.source.published ? ` (${d.source.published})` : ""}: ${d.note.replace(/[.\s]+$/, "")}`).join("; ");
}

/** "Sources disagree — <article> (2025): <what it says instead>." */
export function disputeText(j: Judgement): string {
  if (j.disputes.length === 0) return "";
  return ` Sources disagree — ${disputesList(j.disputes)}.`;
}

/** The judgement in one or two sentences, with no verdict word: the caller says yes, no or not recorded its own way. */
export function explain(j: Judgement): string {
  const X = j.subject.name;
  const does = claimPhrase(j);
  const against = j.against && `${X} has the limitation ${j.against.limitation.name}, which rules out ${j.against.modality.name}`;
  switch (j.holding) {
    case "yes":
      return `${holdsText(X, j.route!, does)}${j.forecast ? " (a forecast: the articles expect it)" : ""}.`;
    case "some":
      return j.members.length > 0
        ? `some do — ${someNames(j.members)} — though not every ${X} ${does}.`
        : `the articles say some ${X} ${does}, without naming which; not every one does.`;
    case "contested": {
      const yes = j.route
        ? holdsText(X, j.route, does)
        : j.members.length > 0
          ? `${someNames(j.members)}, counted as ${article(X)} ${X}, ${j.members.length > 1 ? "do" : "does"}`
          : `some ${X} ${does}`;
      // Said once: "Sources disagree: <one side>, yet <the other>. <who says what>."
      return `Sources disagree: ${yes}${against ? `, yet ${against}` : ""}.${j.disputes.length > 0 ? ` ${disputesList(j.disputes)}.` : ""}`;
    }
    case "no":
      if (j.instead) return `The graph records that ${X} ${relPhrase(CLAIM_TYPE[j.claim], "out")} ${namesList(j.instead.map((n) => n.name))}, not ${j.object.name}.`;
      return `${against}${j.claim === "suited-for" ? `, which ${j.object.name} produces` : ""}.${disputeText(j)}`;
    case "not-recorded":
      return j.lacking.length > 0
        ? `Nothing in the graph says ${X} generates ${namesList(j.lacking.map((o) => o.name))}, which ${j.object.name} produces.`
        : `Nothing in the graph says ${X} ${does}${j.recorded?.length ? `; it records that ${X} ${relPhrase(CLAIM_TYPE[j.claim], "out")} ${someNames(j.recorded, 4)}` : ""}.`;
  }
}
