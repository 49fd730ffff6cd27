// A concept with its IS_A ancestors and members, loaded once, for the membership answers (IS_A reach
// only; every other claim is judged by lib/graph/reasoning).
import { AGGREGATE_CAP } from "../insights/compare";
import type { DetailsIndex } from "../insights/graph-facts";
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

export const isA = (family: Family, id: string) => family.ancestors.some((a) => a.id === id);
