import { z } from "zod";
import { ROW_KINDS } from "../graph/insights/matrix-types";
import { KINDS, REL_TYPES, SLUG_PATTERN } from "../graph/schema";

export const MAX_TEXT = 200;
/** An id list fits in a URL (respond.ts refuses URLs over 8192 characters). */
const MAX_URL_IDS = 8000;

export const slugParam = z
  .string()
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
  .regex(SLUG_PATTERN, "must be a node id such as large-language-model");

/** A bounded whole number written in plain decimal digits ("1e3", "0x10", "1.5" are refused). */
export const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const boolParam = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

/** Comma-separated values from an allow-list; empty means no filter. */
const listParam = <T extends string>(allowed: readonly [T, ...T[]], what: string) =>
  z
    .string()
    .max(1000, "is too long")
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(
      z.array(z.enum(allowed, { error: (i) => `unknown ${what} ${JSON.stringify(i.input)}; allowed: ${allowed.join(", ")}` })),
    )
    .transform((list) => (list.length > 0 ? [...new Set(list)] : undefined));

export const kindsParam = listParam(KINDS, "kind");
export const typesParam = listParam(REL_TYPES, "relationship type");
export const rowKindsParam = listParam(ROW_KINDS, "row kind");

/** Reads the named query parameters; a parameter given twice is an error, not a silent pick. */
export function queryParams(url: URL, names: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of names) {
    const values = url.searchParams.getAll(name);
    if (values.length > 1) throw new z.ZodError([{ code: "custom", path: [name], message: "given more than once", input: values }]);
    out[name] = values[0];
  }
  return out;
}

export const MAX_EXPORT_IDS = 2000;

/** Comma-separated node ids (a view to export); an empty list means none given. */
export const idsParam = z
  .string()
  .max(MAX_URL_IDS, "is too long")
  .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(slugParam).max(MAX_EXPORT_IDS, `at most ${MAX_EXPORT_IDS} ids`))
  .transform((list) => (list.length > 0 ? [...new Set(list)] : undefined));
