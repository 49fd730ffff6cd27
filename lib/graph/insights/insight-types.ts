import type { Kind } from "../schema";
import type { GraphPath, NodeRef, PathStep, SourceRef } from "../types";

/**
 * Where a value comes from. direct: the node's own relationship; inherited: holds for one of
 * its IS_A ancestors; aggregated: holds for some of its examples; transitive: an example
 * reached through intermediate categories.
 */
export type Origin = "direct" | "inherited" | "aggregated" | "transitive";

export interface AspectValue extends NodeRef {
  origin: Origin;
  /** The IS_A chain that justifies a non-direct value: subject → … → ancestor, or example → … → subject. */
  via?: NodeRef[];
  /** For aggregated values: how many examples have it. */
  examples?: number;
  sources: SourceRef[];
}

export type AspectKey =
  | "kind"
  | "parents"
  | "architectures"
  | "inputs"
  | "outputs"
  | "tasks"
  | "industries"
  | "limitations"
  | "developers"
  | "examples";

export interface Aspect {
  key: AspectKey;
  label: string;
  a: AspectValue[];
  b: AspectValue[];
  /** Ids that appear on both sides. */
  shared: string[];
  /** For examples: how many there are in all (the lists are capped). */
  total?: { a: number; b: number };
}

export interface ComparedNode extends NodeRef {
  summary: string;
}

export interface CompareResult {
  a: ComparedNode;
  b: ComparedNode;
  relation: {
    statement: string;
    aIsB: boolean;
    bIsA: boolean;
    direct: (PathStep & { sources: SourceRef[] })[];
    path: GraphPath | null;
  };
  commonAncestors: NodeRef[];
  aspects: Aspect[];
}

export interface Recommendation {
  node: NodeRef;
  tier: 1 | 2 | 3;
  reason: string;
  path: GraphPath;
  sources: SourceRef[];
}

export interface RecommendResult {
  task: NodeRef;
  recommendations: Recommendation[];
}

export const KIND_ORDER: readonly Kind[] = ["Category", "Product", "Model", "Architecture", "Technique", "Organization", "Modality", "Task", "Industry", "Limitation"];
