// The allow-lists: every label and relationship type that may reach Cypher comes from here.
export const KINDS = [
  "Category",
  "Architecture",
  "Model",
  "Product",
  "Organization",
  "Modality",
  "Task",
  "Industry",
  "Technique",
  "Limitation",
] as const;
export type Kind = (typeof KINDS)[number];

export const REL_TYPES = [
  "IS_A",
  "USES_ARCHITECTURE",
  "SUITED_FOR",
  "DEVELOPED_BY",
  "BUILT_ON",
  "GENERATES",
  "ACCEPTS",
  "APPLIED_IN",
  "HAS_LIMITATION",
  "USES_TECHNIQUE",
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Kinds a relationship of each type may point at; null means any kind. */
export const TARGET_KINDS: Record<RelType, readonly Kind[] | null> = {
  IS_A: ["Category", "Architecture"],
  USES_ARCHITECTURE: ["Architecture"],
  SUITED_FOR: ["Task"],
  DEVELOPED_BY: ["Organization"],
  BUILT_ON: ["Model", "Architecture", "Category", "Product"],
  GENERATES: ["Modality"],
  ACCEPTS: ["Modality"],
  APPLIED_IN: ["Industry"],
  HAS_LIMITATION: ["Limitation"],
  USES_TECHNIQUE: ["Technique"],
};

/**
 * How far a statement about a category reaches down its IS_A members. "every": it holds for each
 * member, so members inherit it. "some": it holds for some members only, so it is never inherited
 * (a parent gets such values by aggregating up from its members). Unmarked statements are "some":
 * the safe default, since a wrong inheritance tells a reader something false.
 */
export const SCOPES = ["every", "some"] as const;
export type Scope = (typeof SCOPES)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Relationship ids are derived, so they are stable across reloads and stores. */
export function relationshipId(from: string, type: RelType, to: string): string {
  return `${from}--${type}--${to}`;
}
