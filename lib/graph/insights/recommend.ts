// "Which should I use for this task?": nodes suited to a task, directly, through their
// category, or through their architecture, each with the path that says why.
import { badRequest } from "../errors";
import { relationshipId } from "../schema";
import type { GraphStore, NodeRelationship, PathStep } from "../types";
import { article, chainRefs, chainSources, type DetailsIndex, mergeSources, ref } from "./graph-facts";
import { KIND_ORDER, type Recommendation, type RecommendResult } from "./insight-types";
import { AGGREGATE_CAP } from "./compare";

const step = (id: string, type: PathStep["type"], source: string, target: string): PathStep => ({ id, type, source, target });
const isaStep = (child: string, parent: string) => step(relationshipId(child, "IS_A", parent), "IS_A", child, parent);

function rank(a: Recommendation, b: Recommendation): number {
  const evidence = (r: Recommendation) => new Set(r.sources.map((s) => s.id)).size;
  return (
    a.tier - b.tier ||
    evidence(b) - evidence(a) ||
    KIND_ORDER.indexOf(a.node.kind) - KIND_ORDER.indexOf(b.node.kind) ||
    (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0)
  );
}

export async function recommendForTask(store: GraphStore, taskId: string): Promise<RecommendResult> {
  const task = await store.node(taskId);
  if (task.node.kind !== "Task") throw badRequest(`${task.node.name} is ${article(task.node.kind)} ${task.node.kind}, not a Task`);
  const taskRef = ref(task.node);
  const suited = task.relationships.filter((r) => r.type === "SUITED_FOR" && r.direction === "in");
  const found = new Map<string, Recommendation>();
  const add = (rec: Recommendation) => {
    if (!found.has(rec.node.id)) found.set(rec.node.id, rec);
  };
  const suitedStep = (r: NodeRelationship) => step(r.id, "SUITED_FOR", r.node.id, taskId);

  for (const r of suited) {
    add({ node: ref(r.node), tier: 1, reason: `${r.node.name} is suited for ${taskRef.name}.`, path: { nodes: [ref(r.node), taskRef], relationships: [suitedStep(r)] }, sources: r.sources });
  }

  for (const r of suited.filter((x) => x.node.kind === "Category")) {
    const { items } = await store.descendants(r.node.id, AGGREGATE_CAP);
    const index: DetailsIndex = new Map((await store.nodes([r.node.id, ...items.map((d) => d.id)])).map((d) => [d.node.id, d]));
    for (const d of items) {
      const chain = chainRefs(d.chain, index);
      const through = chain.length > 2 ? ` (through ${chain.slice(1, -1).map((c) => c.name).join(", ")})` : "";
      add({
        node: ref(d),
        tier: 2,
        reason: `${d.name} is ${article(r.node.name)} ${r.node.name}${through}, and ${r.node.name} is suited for ${taskRef.name}.`,
        path: {
          nodes: [...chain, taskRef],
          relationships: [...d.chain.slice(0, -1).map((child, i) => isaStep(child, d.chain[i + 1])), suitedStep(r)],
        },
        sources: mergeSources(chainSources(d.chain, index), r.sources),
      });
    }
  }

  const architectures = suited.filter((x) => x.node.kind === "Architecture");
  const archDetails = await store.nodes(architectures.map((a) => a.node.id));
  architectures.forEach((r, i) => {
    for (const user of archDetails[i].relationships.filter((u) => u.type === "USES_ARCHITECTURE" && u.direction === "in")) {
      add({
        node: ref(user.node),
        tier: 3,
        reason: `${user.node.name} uses the ${r.node.name} architecture, which is suited for ${taskRef.name}.`,
        path: {
          nodes: [ref(user.node), ref(r.node), taskRef],
          relationships: [step(user.id, "USES_ARCHITECTURE", user.node.id, r.node.id), suitedStep(r)],
        },
        sources: mergeSources(user.sources, r.sources),
      });
    }
  });

  return { task: taskRef, recommendations: [...found.values()].sort(rank) };
}

