// "Which should I use for this task?": the models and products to use, each with the path that
// says why. A category or architecture makes its members suited only when the articles say so
// of every member (scope "every"); otherwise it is listed as a kind of thing that can do the task,
// never as a reason to recommend a member. Nothing is recommended that cannot produce the task's output.
import { badRequest } from "../errors";
import { relationshipId } from "../schema";
import { scopeOf } from "../semantics";
import type { GraphStore, NodeDetails, NodeRef, NodeRelationship, PathStep } from "../types";
import { AGGREGATE_CAP } from "./compare";
import { article, chainRefs, chainSources, deriveFrom, type DetailsIndex, mergeSources, outgoing, ref } from "./graph-facts";
import { KIND_ORDER, type Excluded, type Recommendation, type RecommendResult, type SuitedKind } from "./insight-types";
import { namesList } from "./wording";

const step = (id: string, type: PathStep["type"], source: string, target: string): PathStep => ({ id, type, source, target });
const isaStep = (child: string, parent: string) => step(relationshipId(child, "IS_A", parent), "IS_A", child, parent);
const isConcrete = (n: NodeRef) => n.kind === "Model" || n.kind === "Product";
const EXAMPLES_NAMED = 3;

function rank(a: Recommendation, b: Recommendation): number {
  const evidence = (r: Recommendation) => new Set(r.sources.map((s) => s.id)).size;
  return (
    a.tier - b.tier ||
    evidence(b) - evidence(a) ||
    KIND_ORDER.indexOf(a.node.kind) - KIND_ORDER.indexOf(b.node.kind) ||
    (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0)
  );
}

/** Members of a suited category (IS_A descendants) and, for an architecture, what uses it. */
async function membersOf(store: GraphStore, suited: NodeRelationship, task: NodeRef): Promise<Recommendation[]> {
  const kind = suited.node;
  const suitedStep = step(suited.id, "SUITED_FOR", kind.id, task.id);
  const every = `every ${kind.name} is suited for ${task.name}`;
  const { items } = await store.descendants(kind.id, AGGREGATE_CAP);
  const [kindDetails, ...memberDetails] = await store.nodes([kind.id, ...items.map((d) => d.id)]);
  const index: DetailsIndex = new Map([kindDetails, ...memberDetails].map((d) => [d.node.id, d]));
  const found: Recommendation[] = items.filter(isConcrete).map((d) => {
    const chain = chainRefs(d.chain, index);
    const through = chain.length > 2 ? ` (through ${chain.slice(1, -1).map((c) => c.name).join(", ")})` : "";
    return {
      node: ref(d),
      tier: 2,
      through: ref(kind),
      reason: `${d.name} is ${article(kind.name)} ${kind.name}${through}, and ${every}.`,
      path: { nodes: [...chain, task], relationships: [...d.chain.slice(0, -1).map((child, i) => isaStep(child, d.chain[i + 1])), suitedStep] },
      sources: mergeSources(chainSources(d.chain, index), suited.sources),
    };
  });
  if (kind.kind !== "Architecture") return found;
  for (const user of kindDetails.relationships.filter((u) => u.type === "USES_ARCHITECTURE" && u.direction === "in" && isConcrete(u.node))) {
    found.push({
      node: ref(user.node),
      tier: 3,
      through: ref(kind),
      reason: `${user.node.name} uses the ${kind.name} architecture, and ${every}.`,
      path: { nodes: [ref(user.node), ref(kind), task], relationships: [step(user.id, "USES_ARCHITECTURE", user.node.id, kind.id), suitedStep] },
      sources: mergeSources(user.sources, suited.sources),
    });
  }
  return found;
}

/** What each candidate generates, its own and inherited from its categories: never what only some of a category do. */
async function generatedBy(store: GraphStore, ids: string[]): Promise<Map<string, Set<string>>> {
  const ancestry = await Promise.all(ids.map((id) => store.ancestors(id)));
  const involved = [...new Set([...ids, ...ancestry.flat().map((a) => a.id)])];
  const index: DetailsIndex = new Map((await store.nodes(involved)).map((d) => [d.node.id, d]));
  return new Map(
    ids.map((id, i) => {
      return [id, new Set(deriveFrom(index, id, "GENERATES", ancestry[i]).map((d) => d.node.id))];
    }),
  );
}

/** members: the kind's models and products, whether or not the kind's statement reaches them. */
function suitedKind(r: NodeRelationship, task: NodeRef, recommended: Recommendation[], members: Recommendation[]): SuitedKind {
  const ids = new Set(members.map((m) => m.node.id));
  const examples = recommended.filter((x) => ids.has(x.node.id)).map((x) => x.node);
  const scope = scopeOf(r);
  const like = examples.length > 0 ? `, like ${namesList(examples.slice(0, EXAMPLES_NAMED).map((e) => e.name))}` : "";
  const who = scope === "every" ? `Every ${r.node.name}` : `Some ${r.node.name}`;
  return { node: ref(r.node), scope, reason: `${who} is suited for ${task.name}${like}.`, examples, sources: r.sources };
}

export async function recommendForTask(store: GraphStore, taskId: string): Promise<RecommendResult> {
  const task: NodeDetails = await store.node(taskId);
  if (task.node.kind !== "Task") throw badRequest(`${task.node.name} is ${article(task.node.kind)} ${task.node.kind}, not a Task`);
  const taskRef = ref(task.node);
  const outputs = outgoing(task, "GENERATES").map((r) => ref(r.node));
  const suited = task.relationships.filter((r) => r.type === "SUITED_FOR" && r.direction === "in");

  const candidates = new Map<string, Recommendation>();
  const add = (rec: Recommendation) => {
    if (!candidates.has(rec.node.id)) candidates.set(rec.node.id, rec);
  };
  for (const r of suited.filter((x) => isConcrete(x.node))) {
    add({
      node: ref(r.node),
      tier: 1,
      reason: `${r.node.name} is suited for ${taskRef.name}.`,
      path: { nodes: [ref(r.node), taskRef], relationships: [step(r.id, "SUITED_FOR", r.node.id, taskId)] },
      sources: r.sources,
    });
  }
  const kinds = suited.filter((x) => !isConcrete(x.node));
  const withMembers = kinds.filter((x) => x.node.kind === "Category" || x.node.kind === "Architecture");
  const members = new Map(await Promise.all(withMembers.map(async (r) => [r.node.id, await membersOf(store, r, taskRef)] as const)));
  // Category members (tier 2) before architecture users (tier 3), whichever kind is listed first.
  const reached = withMembers.filter((r) => scopeOf(r) === "every").flatMap((r) => members.get(r.node.id)!);
  reached.sort((a, b) => a.tier - b.tier).forEach(add);

  const all = [...candidates.values()];
  const generates = await generatedBy(store, all.map((r) => r.node.id));
  const excluded: Excluded[] = [];
  const recommendations = all.filter((r) => {
    const lacking = outputs.filter((o) => !generates.get(r.node.id)?.has(o.id));
    if (lacking.length === 0) return true;
    excluded.push({ node: r.node, reason: `Nothing in the graph says ${r.node.name} generates ${namesList(lacking.map((o) => o.name))}, which ${taskRef.name} produces.` });
    return false;
  });
  recommendations.sort(rank);
  excluded.sort((a, b) => (a.node.id < b.node.id ? -1 : 1));
  return { task: taskRef, outputs, recommendations, kinds: kinds.map((r) => suitedKind(r, taskRef, recommendations, members.get(r.node.id) ?? [])), excluded };
}
