// "How are X and Y related?", "What is the difference between X and Y?", "X vs Y", "Is X the same as Y?":
// compareConcepts says how they relate; the evidence is the IS_A chain between them, or to their
// nearest common ancestor, else the shortest path compare found.
import { compareConcepts } from "../insights/compare";
import { relPhrase } from "../phrases";
import type { GraphPath, GraphStore, NodeRef } from "../types";
import type { Answer } from "./ask-types";
import { pathSources, upPath } from "./evidence";

async function isaPath(store: GraphStore, child: string, ancestor: string): Promise<GraphPath | null> {
  const chain = (await store.ancestors(child)).find((a) => a.id === ancestor)?.chain;
  if (!chain) return null;
  const index = new Map((await store.nodes(chain)).map((d) => [d.node.id, d]));
  return upPath(chain, index);
}

export async function sourcesFor(store: GraphStore, paths: GraphPath[]) {
  const ids = [...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))];
  const index = new Map((await store.nodes(ids)).map((d) => [d.node.id, d]));
  return pathSources(paths, index);
}

export async function answerRelation(store: GraphStore, a: NodeRef, b: NodeRef, same: boolean): Promise<Answer> {
  if (a.id === b.id) {
    return { ...(same ? { verdict: "yes" as const } : {}), text: `Both names stand for the same concept, ${a.name}.`, nodes: [a], items: [], paths: [], sources: [] };
  }
  const { relation, commonAncestors } = await compareConcepts(store, a.id, b.id);
  const lca = commonAncestors.find((c) => c.id !== a.id && c.id !== b.id);
  const candidates = relation.aIsB
    ? [isaPath(store, a.id, b.id)]
    : relation.bIsA
      ? [isaPath(store, b.id, a.id)]
      : lca
        ? [isaPath(store, a.id, lca.id), isaPath(store, b.id, lca.id)]
        : [];
  let paths = (await Promise.all(candidates)).filter((p): p is GraphPath => p !== null);
  if (paths.length === 0 && relation.path) paths = [relation.path];
  if (paths.length === 0) paths = relation.direct.map((d) => ({ nodes: [a, b], relationships: [d] }));
  // A relationship between the two themselves ("ChatGPT is built on GPT-5") comes before where they sit in the taxonomy.
  const direct = relation.direct
    .filter((d) => d.type !== "IS_A")
    .map((d) => `${d.source === a.id ? a.name : b.name} ${relPhrase(d.type, "out")} ${d.source === a.id ? b.name : a.name}. `)
    .join("");
  const text = same ? `No: they are different concepts. ${direct}${relation.statement}` : `${direct}${relation.statement}`;
  return {
    ...(same ? { verdict: "no" as const } : {}),
    text,
    nodes: [a, b, ...(lca ? [lca] : [])],
    items: [...(relation.direct.some((d) => d.type !== "IS_A") ? [b] : []), ...commonAncestors],
    paths: paths.map((p) => ({ nodes: p.nodes.map(({ id, name, kind }) => ({ id, name, kind })), relationships: p.relationships.map(({ id, type, source, target }) => ({ id, type, source, target })) })),
    sources: await sourcesFor(store, paths),
  };
}
