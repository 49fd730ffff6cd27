import { z } from "zod";
import { KINDS, REL_TYPES, SCOPES, SLUG_PATTERN } from "../schema";

const slug = z.string().regex(SLUG_PATTERN, "must be a kebab-case slug");
const text = z.string().trim().min(1, "must not be empty");
const RESERVED_FACTS = new Set(["id", "name", "kind", "aliases", "summary"]);

const factValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/** A date as precise as the article gives it: a year, a month or a day. */
export const PUBLISHED_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  file: text,
  published: z.string().regex(PUBLISHED_PATTERN, "published must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  publisher: text.optional(),
});

export const nodeSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(KINDS, { error: (i) => `unknown kind ${JSON.stringify(i.input)}` }),
  aliases: z.array(text).default([]),
  summary: text,
  facts: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "fact keys are camelCase"), factValue)
    .refine((facts) => Object.keys(facts).every((k) => !RESERVED_FACTS.has(k)), {
      message: `fact keys may not be ${[...RESERVED_FACTS].join(", ")}`,
    })
    .default({}),
});

const sourceRefSchema = z.union([
  slug.transform((id) => ({ id })),
  z.strictObject({ id: slug, section: text.optional() }),
]);

export const relationshipSchema = z.strictObject({
  from: slug,
  type: z.enum(REL_TYPES, { error: (i) => `unknown relationship type ${JSON.stringify(i.input)}` }),
  to: slug,
  sources: z
    .array(sourceRefSchema, { error: "a relationship needs a list of sources" })
    .min(1, "a relationship needs at least one source"),
  /** Whether a category's statement holds for every member (inherited down) or some (aggregated up only). */
  scope: z.enum(SCOPES, { error: (i) => `scope must be ${SCOPES.join(" or ")}, got ${JSON.stringify(i.input)}` }).optional(),
  note: text.optional(),
  /** Sources that disagree with the claim, each saying in `note` (our words) what it says instead. */
  disputedBy: z
    .array(z.strictObject({ id: slug, section: text.optional(), note: text }), { error: "disputedBy must be a list of { id, section?, note }" })
    .min(1, "disputedBy must not be empty; leave it out instead")
    .optional(),
  /** A claim about the future ("expected mid-2025"), not a present fact. */
  forecast: z.literal(true, { error: "forecast is either true or left out" }).optional(),
});

export const fileSchema = z.strictObject({
  sources: z.array(z.unknown()).optional(),
  nodes: z.array(z.unknown()).optional(),
  relationships: z.array(z.unknown()).optional(),
});
