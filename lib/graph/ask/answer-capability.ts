// "Can X generate Y?": Y a modality, or a task, which stands for the modality it outputs
// (`<task> GENERATES <modality>`); a task without an output is asked as "is X suited for it?".
import { outgoing } from "../insights/graph-facts";
import { recommendForTask } from "../insights/recommend";
import type { GraphPath, GraphStore, NodeRef } from "../types";
import type { Answer, Verdict } from "./ask-types";
import { extend, pathSources } from "./evidence";
import { loadFamily } from "./family";
import { judgeHolds, type Judged } from "./answer-holds";

const ORDER: Verdict[] = ["no", "unknown", "partly", "yes"];
const worst = (a: Verdict, b: Verdict) => (ORDER.indexOf(a) < ORDER.indexOf(b) ? a : b);

/** The evidence continued from the modality back to the task that outputs it. */
const toTask = (paths: GraphPath[], output: NodeRef, task: NodeRef) =>
  paths.map((p) => (p.nodes[p.nodes.length - 1]?.id === output.id ? extend(p, "GENERATES", task, true) : p));

export async function answerCapability(store: GraphStore, subject: NodeRef, object: NodeRef): Promise<Answer> {
  const family = await loadFamily(store, subject.id);
  if (object.kind !== "Task") {
    const judged = await judgeHolds(store, family, "GENERATES", object);
    return { ...judged, sources: pathSources(judged.paths, family.index) };
  }
  const task = await store.node(object.id);
  const outputs = outgoing(task, "GENERATES").map((r) => r.node);
  const index = new Map([...family.index, [task.node.id, task]]);
  if (outputs.length === 0) {
    // The recommendation rules also reach users of a suited architecture, which IS_A derivation alone does not.
    const recommended = (await recommendForTask(store, object.id)).recommendations.find((r) => r.node.id === subject.id);
    if (recommended) {
      return { verdict: "yes", text: `Yes: ${recommended.reason}`, nodes: [subject, object], items: [object], paths: [recommended.path], sources: recommended.sources };
    }
    const judged = await judgeHolds(store, family, "SUITED_FOR", object);
    return { ...judged, sources: pathSources(judged.paths, index) };
  }
  const judgedAll: Judged[] = await Promise.all(outputs.map((o) => judgeHolds(store, family, "GENERATES", o)));
  const verdict = judgedAll.map((j) => j.verdict).reduce(worst);
  const paths = judgedAll.flatMap((j, i) => toTask(j.paths, outputs[i], object));
  const text = judgedAll.map((j) => j.text).join(" ").replace(/\.$/, `, which ${object.name} produces.`);
  const nodes = [...new Map([...judgedAll.flatMap((j) => j.nodes), object].map((n) => [n.id, n])).values()];
  return { verdict, text: judgedAll.length === 1 ? text : judgedAll[0].text, nodes, items: judgedAll.flatMap((j) => j.items), paths, sources: pathSources(paths, index) };
}
