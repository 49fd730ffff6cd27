// "What is X?": the first sentence of its summary, with the categories it belongs to as evidence.
import { outgoing } from "../insights/graph-facts";
import { mergeSources } from "../semantics";
import type { GraphStore, NodeRef } from "../types";
import type { Answer } from "./ask-types";
import { extend, single } from "./evidence";
import { aName, firstSentence } from "./wording";

export async function answerDefinition(store: GraphStore, subject: NodeRef): Promise<Answer> {
  const details = await store.node(subject.id);
  const parents = outgoing(details, "IS_A");
  const summary = details.node.summary.trim();
  const text = summary ? firstSentence(summary) : `${subject.name} is ${aName({ name: subject.kind.toLowerCase() })} in the graph.`;
  return {
    text,
    nodes: [subject],
    items: parents.map((p) => p.node),
    paths: parents.map((p) => extend(single(subject), "IS_A", p.node)),
    sources: mergeSources(...parents.map((p) => p.sources)),
  };
}
