// The vocabulary every yes/no in the product is asked in: one claim per relationship type a
// reader asks about, and which claims also hold through what a subject is built on.
import type { RelType } from "../schema";

export const CLAIMS = [
  "generates",
  "accepts",
  "suited-for",
  "applied-in",
  "uses-architecture",
  "uses-technique",
  "built-on",
  "developed-by",
  "has-limitation",
] as const;
export type Claim = (typeof CLAIMS)[number];

export const CLAIM_TYPE: Record<Claim, RelType> = {
  generates: "GENERATES",
  accepts: "ACCEPTS",
  "suited-for": "SUITED_FOR",
  "applied-in": "APPLIED_IN",
  "uses-architecture": "USES_ARCHITECTURE",
  "uses-technique": "USES_TECHNIQUE",
  "built-on": "BUILT_ON",
  "developed-by": "DEVELOPED_BY",
  "has-limitation": "HAS_LIMITATION",
};

export function claimOf(type: RelType): Claim | null {
  return (Object.keys(CLAIM_TYPE) as Claim[]).find((c) => CLAIM_TYPE[c] === type) ?? null;
}

/**
 * What a product is built on carries its architecture, techniques and makers: ChatGPT uses the
 * Transformer because GPT-5 does. Outputs and inputs do not pass that way: a product may expose
 * less of its model than the model can do.
 */
export const THROUGH_BASE: ReadonlySet<Claim> = new Set<Claim>(["uses-architecture", "uses-technique", "developed-by"]);

/** How deep "built on" and "uses an architecture" are followed: a product on a model on an architecture. */
export const BASE_DEPTH = 2;
