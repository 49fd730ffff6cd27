// A concept with its IS_A ancestors and members, loaded once, and what it holds or aggregates for a
// relationship type: the values come from lib/graph/semantics.ts (derive), never re-derived here.
import { AGGREGATE_CAP } from "../insights/compare";
import { deriveFrom, type DetailsIndex } from "../insights/graph-facts";
import type { RelType } from "../schema";
import type { Derived } from "../semantics";
import type { GraphStore, IsaReach, NodeDetails } from "../types";

export interface Family {
  details: NodeDetails;
  ancestors: IsaReach[];
  members: IsaReach[];
  index: DetailsIndex;
}

export async function loadFamily(store: GraphStore, id: string): Promise<Family> {
  const [details, ancestors, descendants] = await Promise.all([store.node(id), store.ancestors(id), store.descendants(id, AGGREGATE_CAP)]);
  const others = await store.nodes([...ancestors, ...descendants.items].map((x) => x.id));
  const index: DetailsIndex = new Map([details, ...others].map((d) => [d.node.id, d]));
  return { details, ancestors, members: descendants.items, index };
}

/** Direct, inherited (`every` statements of ancestors) and aggregated (members') values of one type. */
export function derivedValues(family: Family, type: RelType): Derived[] {
  return deriveFrom(family.index, family.details.node.id, type, family.ancestors, family.members);
}

/** Held by the subject itself: stated for it or inherited. A statement on a category without `scope: every` is about some members only. */
export function isHeld(family: Family, d: Derived): boolean {
  if (d.origin === "inherited") return true;
  if (d.origin === "aggregated") return false;
  return d.scope === "every" || family.members.length === 0;
}

export const isA = (family: Family, id: string) => family.ancestors.some((a) => a.id === id);
