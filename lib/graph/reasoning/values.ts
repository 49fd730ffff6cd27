// Every value a subject has for a claim, each with its judgement: what compare lists, glance shows
// and the matrix fills in. A value is listed exactly when judge() says yes, some or contested.
import { CLAIM_TYPE, type Claim } from "./claims";
import { heldObjects } from "./hold";
import { judgeLoaded, type Judgement } from "./judge";
import type { Knowledge } from "./knowledge";

/** Own and inherited first, then what holds through a base or an architecture, then what only some members do. */
const ORDER: Record<string, number> = { direct: 0, inherited: 1, base: 2, architecture: 2 };
const rankOf = (j: Judgement) => (j.route ? ORDER[j.route.kind] : j.statedForSome ? 3 : 4);

export const isListed = (j: Judgement) => j.holding === "yes" || j.holding === "some" || j.holding === "contested";

/**
 * The subject's values of a claim over loaded knowledge (prepareSubject first). With `members`, what only
 * some members hold is included (aggregated up); without, only what the subject holds or states itself.
 */
export function valuesOf(k: Knowledge, subject: string, claim: Claim, members: boolean): Judgement[] {
  const objects = new Set(heldObjects(k, subject, claim));
  for (const r of k.out(subject, CLAIM_TYPE[claim])) objects.add(r.node.id);
  if (members && k.hasMembers(subject)) for (const m of k.membersLoaded(subject)) for (const o of heldObjects(k, m.id, claim)) objects.add(o);
  objects.delete(subject);
  return [...objects]
    .map((o) => judgeLoaded(k, subject, claim, o))
    .filter((j) => isListed(j) && (members || j.route !== undefined || j.statedForSome))
    .sort((a, b) => rankOf(a) - rankOf(b) || (a.object.name < b.object.name ? -1 : a.object.name > b.object.name ? 1 : 0));
}

