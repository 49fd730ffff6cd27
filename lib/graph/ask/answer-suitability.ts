// "Which tools are suited for Y?", "What should I use for Y?": recommendForTask answers it; this
// only picks the task (a modality stands for the task that generates it) and words the result.
import { recommendForTask } from "../insights/recommend";
import type { GraphStore, NodeRef } from "../types";
import type { Answer } from "./ask-types";
import type { Wanted } from "./parse-question";
import { mergeSources } from "../semantics";
import { someNames } from "./wording";

const PATHS_SHOWN = 5;
const NAMED = 4;

/** A modality asked as a task ("what should I use for video?"): the generation task that outputs it. */
async function taskFor(store: GraphStore, node: NodeRef): Promise<NodeRef | null> {
  if (node.kind === "Task") return node;
  if (node.kind !== "Modality") return null;
  const details = await store.node(node.id);
  const tasks = details.relationships.filter((r) => r.type === "GENERATES" && r.direction === "in" && r.node.kind === "Task").map((r) => r.node);
  const generation = tasks.find((t) => /generation/i.test(t.name));
  return generation ?? tasks.sort((a, b) => (a.id < b.id ? -1 : 1))[0] ?? null;
}

export async function answerSuitability(store: GraphStore, asked: NodeRef, wanted?: Wanted): Promise<Answer> {
  const task = await taskFor(store, asked);
  if (!task) {
    return {
      verdict: "unknown",
      text: `${asked.name} is ${asked.kind === "Industry" ? "an industry" : `a ${asked.kind.toLowerCase()}`}, not a task; ask about a task such as "image generation" or "customer support".`,
      nodes: [asked],
      items: [],
      paths: [],
      sources: [],
    };
  }
  const result = await recommendForTask(store, task.id);
  const all = result.recommendations;
  const picked = wanted ? all.filter((r) => r.node.kind === wanted) : all;
  const shown = picked.slice(0, PATHS_SHOWN);
  const what = wanted === "Product" ? "products" : wanted === "Model" ? "models" : "tools";
  const kinds = result.kinds.map((k) => k.node);
  const text =
    picked.length > 0
      ? `For ${task.name}, the graph recommends ${someNames(picked.map((r) => r.node), NAMED)}.`
      : kinds.length > 0
        ? `No ${what} are recorded as suited for ${task.name}; the articles name only kinds of tools: ${someNames(kinds, NAMED)}.`
        : `Nothing in the graph is recorded as suited for ${task.name}.`;
  return {
    text,
    nodes: [task],
    items: picked.map((r) => r.node),
    paths: shown.map((r) => r.path),
    sources: mergeSources(...shown.map((r) => r.sources)),
  };
}
