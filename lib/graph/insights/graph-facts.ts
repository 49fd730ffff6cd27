// Small helpers over node details that compare and recommend share.
import type { RelType } from "../schema";
import { mergeSources } from "../semantics";
import type { NodeDetails, NodeRef, NodeRelationship, SourceRef } from "../types";

export type DetailsIndex = Map<string, NodeDetails>;

export const ref = ({ id, name, kind }: NodeRef): NodeRef => ({ id, name, kind });

export function outgoing(details: NodeDetails | undefined, type: RelType): NodeRelationship[] {
  return details?.relationships.filter((r) => r.type === type && r.direction === "out") ?? [];
}

export { mergeSources };

/** Sources of the IS_A links along a chain of ids, child first. */
export function chainSources(chain: string[], index: DetailsIndex): SourceRef[] {
  return mergeSources(
    ...chain.slice(0, -1).map((child, i) => outgoing(index.get(child), "IS_A").find((r) => r.node.id === chain[i + 1])?.sources ?? []),
  );
}

export const chainRefs = (chain: string[], index: DetailsIndex): NodeRef[] =>
  chain.map((id) => index.get(id)).filter((d): d is NodeDetails => Boolean(d)).map((d) => ref(d.node));

export const article = (name: string) => (/^[aeiou]/i.test(name) ? "an" : "a");
