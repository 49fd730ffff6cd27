// A brute-force reference for path queries, written independently of the stores: enumerate
// every simple path, then filter and sort. Only fit for small graphs.
import { relationshipId } from "@/lib/graph/schema";
import type { Seed } from "@/lib/graph/seed/seed-types";
import type { PathQuery } from "@/lib/graph/types";

export interface OraclePath {
  nodeIds: string[];
  relIds: string[];
}

const cmpList = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
};

export function oraclePaths(seed: Seed, q: PathQuery): OraclePath[] {
  if (q.from === q.to) return [{ nodeIds: [q.from], relIds: [] }];
  const rels = seed.relationships.filter((r) => !q.types || q.types.includes(r.type));
  const found: OraclePath[] = [];
  const walk = (nodeIds: string[], relIds: string[]) => {
    const here = nodeIds[nodeIds.length - 1];
    if (here === q.to) {
      found.push({ nodeIds: [...nodeIds], relIds: [...relIds] });
      return;
    }
    if (relIds.length === q.maxHops) return;
    for (const r of rels) {
      const id = relationshipId(r.from, r.type, r.to);
      const next = r.from === here ? r.to : !q.directed && r.to === here ? r.from : undefined;
      if (next !== undefined && !nodeIds.includes(next)) walk([...nodeIds, next], [...relIds, id]);
    }
  };
  walk([q.from], []);
  const shortest = Math.min(...found.map((p) => p.relIds.length));
  return found
    .filter((p) => q.mode === "all" || p.relIds.length === shortest)
    .sort((a, b) => a.relIds.length - b.relIds.length || cmpList(a.nodeIds, b.nodeIds) || cmpList(a.relIds, b.relIds))
    .slice(0, q.limit);
}
