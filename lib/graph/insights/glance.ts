// "At a glance": the few facts a reader looks for first, judged by the reasoning layer like every
// other answer, so a member shows what it holds itself or inherits from its categories (its own
// claims first), never what only some of a category do.
import type { Claim } from "../reasoning/claims";
import { type DisputeFound, prepareSubject } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import { valuesOf } from "../reasoning/values";
import type { Scope } from "../schema";
import type { GraphStore, NodeRef } from "../types";
import { ref } from "./graph-facts";

/** How many values a row names before "and N more". */
export const GLANCE_SHOWN = 5;

const ROWS: { key: string; label: string; claim: Claim }[] = [
  { key: "generates", label: "Generates", claim: "generates" },
  { key: "accepts", label: "Accepts", claim: "accepts" },
  { key: "architectures", label: "Built with", claim: "uses-architecture" },
  { key: "builtOn", label: "Runs on", claim: "built-on" },
  { key: "developers", label: "Made by", claim: "developed-by" },
  { key: "suitedFor", label: "Suited for", claim: "suited-for" },
];

export interface GlanceValue extends NodeRef {
  origin: "direct" | "inherited" | "through";
  scope: Scope;
  /** The category that states an inherited value, or what it holds through (a base, an architecture). */
  from?: NodeRef;
  /** The articles disagree about it. */
  disputes?: DisputeFound[];
}

export interface GlanceRow {
  key: string;
  label: string;
  values: GlanceValue[];
  total: number;
}

export interface Glance {
  node: NodeRef;
  /** Whether it has IS_A members, so that "some" and "every" mean something. */
  hasMembers: boolean;
  rows: GlanceRow[];
}

export async function glance(store: GraphStore, id: string, k = new Knowledge(store)): Promise<Glance> {
  await store.node(id);
  await prepareSubject(k, id);
  const hasMembers = k.hasMembers(id);
  const parents = k.out(id, "IS_A").map((r): GlanceValue => ({ ...ref(r.node), origin: "direct", scope: "every", ...(r.disputedBy?.length ? { disputes: r.disputedBy.map((d) => ({ ...d, relationship: r.id })) } : {}) }));
  const rows: GlanceRow[] = [{ key: "parents", label: "Is a", values: parents.slice(0, GLANCE_SHOWN), total: parents.length }];
  for (const { key, label, claim } of ROWS) {
    const values = valuesOf(k, id, claim, false).map((j): GlanceValue => {
      const route = j.route;
      const from = route?.kind === "inherited" ? route.from : route?.kind === "base" ? route.base : route?.kind === "architecture" ? route.architecture : undefined;
      return {
        ...ref(j.object),
        origin: !route || route.kind === "direct" ? "direct" : route.kind === "inherited" ? "inherited" : "through",
        scope: route ? "every" : "some",
        ...(from ? { from } : {}),
        ...(j.holding === "contested" ? { disputes: j.disputes } : {}),
      };
    });
    rows.push({ key, label, values: values.slice(0, GLANCE_SHOWN), total: values.length });
  }
  return { node: ref(k.details(id).node), hasMembers, rows: rows.filter((r) => r.total > 0) };
}
