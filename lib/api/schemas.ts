// Every route's query schema, in one place: the handlers parse with them and /api/openapi.json is generated from them,
// so the published description cannot drift from what the handlers accept.
import { z } from "zod";
import { CSV_PARTS, EXPORT_FORMATS } from "../export/formats";
import { COLUMN_SETS, ROW_KINDS } from "../graph/insights/matrix-types";
import { KINDS, REL_TYPES } from "../graph/schema";
import { DEFAULT_GRAPH_LIMIT, DEFAULT_MAX_HOPS, DEFAULT_PATH_LIMIT, DEFAULT_SEARCH_LIMIT, MAX_GRAPH_LIMIT, MAX_HOPS, MAX_PATH_LIMIT, MAX_SEARCH_LIMIT } from "../graph/limits";
import { boolParam, idsParam, intParam, kindsParam, MAX_TEXT, rowKindsParam, slugParam, typesParam } from "./params";

const KIND_LIST = `comma-separated node kinds to keep, of ${KINDS.join(", ")}`;
const TYPE_LIST = `comma-separated relationship types to keep, of ${REL_TYPES.join(", ")}`;

export const graphQuery = z.object({
  kinds: kindsParam.optional().describe(KIND_LIST),
  types: typesParam.optional().describe(TYPE_LIST),
  limit: intParam(1, MAX_GRAPH_LIMIT).default(DEFAULT_GRAPH_LIMIT).describe("at most this many nodes, the best connected first"),
  positions: boolParam.default(false).describe("add the server-side force and hierarchy layouts"),
});

export const searchQuery = z.object({
  q: z.string({ error: "is required" }).min(1, "is required").max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`).describe("the text to look for"),
  limit: intParam(1, MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
});

export const pathsQuery = z.object({
  from: slugParam,
  to: slugParam,
  types: typesParam.optional().describe(TYPE_LIST),
  directed: boolParam.default(false),
  maxHops: intParam(1, MAX_HOPS).default(DEFAULT_MAX_HOPS),
  mode: z.enum(["shortest", "all"], { error: "must be shortest or all" }).default("shortest"),
  limit: intParam(1, MAX_PATH_LIMIT).default(DEFAULT_PATH_LIMIT),
});

export const compareQuery = z.object({ a: slugParam, b: slugParam });

export const askQuery = z.object({
  q: z.string({ error: "is required" }).trim().min(1, "is required").max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`).describe("a question in plain words"),
});

/** `{id}` in /api/nodes/{id}, /api/nodes/{id}/glance and /api/tasks/{id}/recommendations. */
export const idPath = z.object({ id: slugParam });

export const exportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(", ")}` }),
    part: z.enum(CSV_PARTS, { error: `must be one of ${CSV_PARTS.join(", ")}` }).default("nodes").describe("csv only: which of the two files"),
    kinds: kindsParam.optional().describe(KIND_LIST),
    types: typesParam.optional().describe(TYPE_LIST),
    ids: idsParam.optional().describe("comma-separated node ids: only these nodes and the relationships between them"),
  });

export const matrixQuery = z.object({
  columns: z.enum(COLUMN_SETS, { error: `must be one of ${COLUMN_SETS.join(", ")}` }).default("outputs").describe("the columns: output modalities, input modalities or tasks"),
  ids: idsParam.optional().describe("comma-separated ids of the columns to show (tasks or modalities); all of the set when absent"),
  kinds: rowKindsParam.optional().describe(`comma-separated row kinds, of ${ROW_KINDS.join(", ")}; Model,Product when absent`),
  category: slugParam.optional().describe("only rows that are members of this category"),
  developer: slugParam.optional().describe("only rows made by this organisation"),
  all: boolParam.default(false).describe("only rows that do every column (yes or inherited)"),
});

/** The query parameters each route reads: a route's schema keys. */
export const paramNames = (schema: z.ZodObject) => Object.keys(schema.shape);
