// "At a glance": the few facts a reader looks for first, derived with the same rules as compare, so
// a member shows what it inherits from its categories and never what only some of them do.
import type { RelType, Scope } from "../schema";
import type { GraphStore, NodeRef } from "../types";
import { deriveFrom, type DetailsIndex, ref } from "./graph-facts";

/** How many values a row names before "and N more". */
export const GLANCE_SHOWN = 5;

const ROWS: { key: string; label: string; type: RelType }[] = [
  { key: "parents", label: "Is a", type: "IS_A" },
  { key: "generates", label: "Generates", type: "GENERATES" },
  { key: "accepts", label: "Accepts", type: "ACCEPTS" },
  { key: "architectures", label: "Built with", type: "USES_ARCHITECTURE" },
  { key: "builtOn", label: "Runs on", type: "BUILT_ON" },
  { key: "developers", label: "Made by", type: "DEVELOPED_BY" },
  { key: "suitedFor", label: "Suited for", type: "SUITED_FOR" },
];

export interface GlanceValue extends NodeRef {
  origin: "direct" | "inherited";
  scope: Scope;
  /** The category that states an inherited value. */
  from?: NodeRef;
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

export async function glance(store: GraphStore, id: string): Promise<Glance> {
  const [details, ancestors] = await Promise.all([store.node(id), store.ancestors(id)]);
  const index: DetailsIndex = new Map([details, ...(await store.nodes(ancestors.map((a) => a.id)))].map((d) => [d.node.id, d]));
  const rows = ROWS.map(({ key, label, type }) => {
    // Parents are the node's own; the rest of the IS_A chain is one click away.
    const values = deriveFrom(index, id, type, type === "IS_A" ? [] : ancestors).map(
      (d): GlanceValue => ({
        ...ref(d.node),
        origin: d.origin === "inherited" ? "inherited" : "direct",
        scope: d.scope,
        ...(d.origin === "inherited" && d.chain ? { from: ref(index.get(d.chain[d.chain.length - 1])!.node) } : {}),
      }),
    );
    return { key, label, values: values.slice(0, GLANCE_SHOWN), total: values.length };
  });
  return {
    node: ref(details.node),
    hasMembers: details.relationships.some((r) => r.type === "IS_A" && r.direction === "in"),
    rows: rows.filter((r) => r.total > 0),
  };
}
