// "Which should I use for this task?": the models and products the reasoning layer judges suited
// (lib/graph/reasoning/judge.ts), so that ask, compare and this list cannot disagree. A category or
// architecture suited only in part is listed as a kind of thing that can do the task, never as a
// reason to recommend a member. Nothing is recommended that cannot produce the task's output.
import { badRequest } from "../errors";
import { scopeOf } from "../semantics";
import { BASE_DEPTH } from "../reasoning/claims";
import { explain } from "../reasoning/explain";
import { judgeLoaded, type Judgement, prepareObject, prepareSubject } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import type { GraphStore, NodeRef, NodeRelationship } from "../types";
import { article, ref } from "./graph-facts";
import { KIND_ORDER, type Excluded, type Recommendation, type RecommendResult, type SuitedKind, type Tier } from "./insight-types";
import { namesList } from "./wording";

const isConcrete = (n: NodeRef) => n.kind === "Model" || n.kind === "Product";
const EXAMPLES_NAMED = 3;

/**
 * Everything that may be suited through the task's SUITED_FOR statements: their makers, the members of a
 * suited category, the users of a suited architecture, and what is built on any of them.
 */
async function reachable(k: Knowledge, suited: NodeRelationship[]): Promise<string[]> {
  const seen = new Set<string>();
  let frontier = suited.map((r) => r.node.id);
  for (let depth = 0; depth <= BASE_DEPTH + 1 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const members = (await k.members(id)).map((m) => m.id);
      members.forEach((m) => seen.add(m));
      await k.load(members);
      for (const n of [id, ...members]) next.push(...[...k.in(n, "USES_ARCHITECTURE"), ...k.in(n, "BUILT_ON")].map((r) => r.node.id));
    }
    await k.load(next);
    frontier = next.filter((id) => !seen.has(id));
  }
  return [...seen];
}

function tierOf(j: Judgement): { tier: Tier; through?: NodeRef } {
  const route = j.route!;
  if (route.kind === "inherited") return { tier: 2, through: route.from };
  if (route.kind === "architecture") return { tier: 3, through: route.architecture };
  return { tier: 1 };
}

export function recommendation(k: Knowledge, j: Judgement): Recommendation {
  const { tier, through } = tierOf(j);
  return {
    node: j.subject,
    tier,
    ...(through ? { through } : {}),
    ...(j.holding === "contested" ? { contested: true } : {}),
    reason: explain(j),
    path: j.paths[0],
    sources: j.sources,
    specificity: through ? k.membersLoaded(through.id).length : 0,
  };
}

/** Named for the task first; then, among equals, the narrower category (fewer members) over the broader one. */
function rank(a: Recommendation, b: Recommendation): number {
  const evidence = (r: Recommendation) => new Set(r.sources.map((s) => s.id)).size;
  return (
    a.tier - b.tier ||
    (a.specificity ?? 0) - (b.specificity ?? 0) ||
    a.path.relationships.length - b.path.relationships.length ||
    evidence(b) - evidence(a) ||
    KIND_ORDER.indexOf(a.node.kind) - KIND_ORDER.indexOf(b.node.kind) ||
    (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0)
  );
}

function suitedKind(r: NodeRelationship, task: NodeRef, recommended: Recommendation[], memberIds: Set<string>): SuitedKind {
  const examples = recommended.filter((x) => memberIds.has(x.node.id)).map((x) => x.node);
  const scope = scopeOf(r);
  const like = examples.length > 0 ? `, like ${namesList(examples.slice(0, EXAMPLES_NAMED).map((e) => e.name))}` : "";
  const who = scope === "every" ? `Every ${r.node.name}` : `Some ${r.node.name}`;
  return { node: ref(r.node), scope, reason: `${who} is suited for ${task.name}${like}.`, examples, sources: r.sources };
}

export async function recommendForTask(store: GraphStore, taskId: string, k = new Knowledge(store)): Promise<RecommendResult> {
  const task = await store.node(taskId);
  if (task.node.kind !== "Task") throw badRequest(`${task.node.name} is ${article(task.node.kind)} ${task.node.kind}, not a Task`);
  await prepareObject(k, taskId);
  const taskRef = ref(task.node);
  const outputs = k.out(taskId, "GENERATES").map((r) => ref(r.node));
  const suited = k.in(taskId, "SUITED_FOR");

  const recommendations: Recommendation[] = [];
  const excluded: Excluded[] = [];
  for (const id of await reachable(k, suited)) {
    if (!isConcrete(k.details(id).node)) continue;
    await prepareSubject(k, id, false);
    const j = judgeLoaded(k, id, "suited-for", taskId);
    if (j.holding === "yes" || j.holding === "contested") {
      const through = tierOf(j).through;
      if (through) await k.members(through.id);
      recommendations.push(recommendation(k, j));
    }
    else if (j.route && j.lacking.length > 0) excluded.push({ node: j.subject, reason: explain(j) });
  }
  recommendations.sort(rank);
  excluded.sort((a, b) => (a.node.id < b.node.id ? -1 : 1));
  const kinds = suited.filter((r) => !isConcrete(r.node));
  const kindMembers = await Promise.all(kinds.map(async (r) => new Set([...(await k.members(r.node.id)).map((m) => m.id), ...k.in(r.node.id, "USES_ARCHITECTURE").map((u) => u.node.id)])));
  return { task: taskRef, outputs, recommendations, kinds: kinds.map((r, i) => suitedKind(r, taskRef, recommendations, kindMembers[i])), excluded };
}
