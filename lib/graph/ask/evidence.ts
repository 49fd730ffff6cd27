// Evidence as paths in the /api/paths shape, built from IS_A chains, so the
// explorer highlights them the way it highlights the path finder's results.
import type { DetailsIndex } from "../insights/graph-facts";
import { relationshipId, type RelType } from "../schema";
import { mergeSources } from "../semantics";
import type { DisputeFound } from "../reasoning/judge";
import type { GraphPath, NodeRef, PathStep, SourceRef } from "../types";

const ref = ({ id, name, kind }: NodeRef): NodeRef => ({ id, name, kind });
const step = (source: string, type: RelType, target: string): PathStep => ({ id: relationshipId(source, type, target), type, source, target });

function refsOf(ids: string[], index: DetailsIndex): NodeRef[] | null {
  const refs = ids.map((id) => index.get(id)?.node);
  return refs.every((r) => r !== undefined) ? refs.map((r) => ref(r!)) : null;
}

/** chain = [child, …, ancestor]: walked from the child up. */
export function upPath(chain: string[], index: DetailsIndex): GraphPath | null {
  const nodes = refsOf(chain, index);
  if (!nodes) return null;
  return { nodes, relationships: chain.slice(0, -1).map((child, i) => step(child, "IS_A", chain[i + 1])) };
}

/** chain = [member, …, subject]: walked from the subject down to the member. */
export function downPath(chain: string[], index: DetailsIndex): GraphPath | null {
  const up = upPath(chain, index);
  return up && { nodes: [...up.nodes].reverse(), relationships: [...up.relationships].reverse() };
}

/** Appends one more hop to a path: `from` (its last node) --type--> `to`, or `to` --type--> `from` when `reverse`. */
export function extend(path: GraphPath, type: RelType, to: NodeRef, reverse = false): GraphPath {
  const from = path.nodes[path.nodes.length - 1].id;
  return { nodes: [...path.nodes, ref(to)], relationships: [...path.relationships, reverse ? step(to.id, type, from) : step(from, type, to.id)] };
}

export const single = (node: NodeRef): GraphPath => ({ nodes: [ref(node)], relationships: [] });

export const uniqueNodes = (nodes: NodeRef[]): NodeRef[] => [...new Map(nodes.map((n) => [n.id, ref(n)])).values()];

/** The sources of every step on the paths, read from the details of each step's source node. */
export function pathSources(paths: GraphPath[], index: DetailsIndex): SourceRef[] {
  return mergeSources(
    ...paths.flatMap((p) =>
      p.relationships.map((s) => index.get(s.source)?.relationships.find((r) => r.direction === "out" && r.id === s.id)?.sources ?? []),
    ),
  );
}

/** The disputes recorded on any step of the paths: a sentence built on them must say that sources disagree. */
export function pathDisputes(paths: GraphPath[], index: DetailsIndex): DisputeFound[] {
  const found = paths.flatMap((p) =>
    p.relationships.flatMap((s) => {
      const rel = index.get(s.source)?.relationships.find((r) => r.direction === "out" && r.id === s.id);
      return (rel?.disputedBy ?? []).map((d) => ({ ...d, relationship: s.id }));
    }),
  );
  return [...new Map(found.map((d) => [`${d.relationship}|${d.source.id}`, d])).values()];
}

/** Two paths that meet: the first ends where the second starts. */
export function join(a: GraphPath, b: GraphPath): GraphPath {
  return { nodes: [...a.nodes, ...b.nodes.slice(1)], relationships: [...a.relationships, ...b.relationships] };
}
