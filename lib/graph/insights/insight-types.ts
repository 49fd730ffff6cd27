import type { DisputeFound } from "../reasoning/judge";
import type { Kind, Scope } from "../schema";
import type { GraphPath, NodeRef, PathStep, SourceRef } from "../types";

/**
 * Where a value comes from. direct: the node's own relationship; inherited: holds for one of
 * its IS_A ancestors; through: holds through what it is built on or an architecture it uses;
 * aggregated: holds for some of its examples; transitive: an example reached through intermediate categories.
 */
export type Origin = "direct" | "inherited" | "through" | "aggregated" | "transitive";

export interface AspectValue extends NodeRef {
  origin: Origin;
  /** For direct and inherited values: whether the statement holds for every member of the subject or some. */
  scope?: Scope;
  /** The IS_A chain that justifies a non-direct value: subject → … → ancestor, or example → … → subject. */
  via?: NodeRef[];
  /** How many of the subject's members state it themselves. */
  examples?: number;
  /** The first of those members, nearest first: "some generative AI (image generators) …". */
  members?: NodeRef[];
  /** The articles disagree about it; the disputes say who and what they say instead. */
  contested?: true;
  disputes?: DisputeFound[];
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

/** 1: stated for it; 2: every member of its category is suited; 3: every user of its architecture is suited. */
export type Tier = 1 | 2 | 3;

/** A model or product to use for the task. */
export interface Recommendation {
  node: NodeRef;
  tier: Tier;
  /** The category or architecture that makes it suited, for tiers 2 and 3. */
  through?: NodeRef;
  reason: string;
  path: GraphPath;
  sources: SourceRef[];
  /** The articles disagree whether it is suited (see the reason). */
  contested?: true;
  /** How many members the category or architecture it comes through has: fewer is the more specific claim. */
  specificity?: number;
}

/** A category, architecture or technique the articles call suited for the task: the reason, not a pick. */
export interface SuitedKind {
  node: NodeRef;
  scope: Scope;
  reason: string;
  /** Recommended models and products that belong to it or use it. */
  examples: NodeRef[];
  sources: SourceRef[];
}

/** A model or product left out because what it generates lacks the task's output. */
export interface Excluded {
  node: NodeRef;
  reason: string;
}

export interface RecommendResult {
  task: NodeRef;
  /** What the task produces; recommendations must generate all of it. */
  outputs: NodeRef[];
  recommendations: Recommendation[];
  kinds: SuitedKind[];
  excluded: Excluded[];
}

export const KIND_ORDER: readonly Kind[] = ["Category", "Product", "Model", "Architecture", "Technique", "Organization", "Modality", "Task", "Industry", "Limitation"];
