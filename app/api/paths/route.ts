import { z } from "zod";
import { boolParam, intParam, queryParams, slugParam, typesParam } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { DEFAULT_MAX_HOPS, DEFAULT_PATH_LIMIT, MAX_HOPS, MAX_PATH_LIMIT } from "@/lib/graph/limits";
import { readablePaths } from "@/lib/graph/path-rank";
import { getStore } from "@/lib/graph/store";

const schema = z.object({
  from: slugParam,
  to: slugParam,
  types: typesParam.optional(),
  directed: boolParam.default(false),
  maxHops: intParam(1, MAX_HOPS).default(DEFAULT_MAX_HOPS),
  mode: z.enum(["shortest", "all"], { error: "must be shortest or all" }).default("shortest"),
  limit: intParam(1, MAX_PATH_LIMIT).default(DEFAULT_PATH_LIMIT),
});

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const url = new URL(request.url);
  const query = schema.parse(queryParams(url, ["from", "to", "types", "directed", "maxHops", "mode", "limit"]));
  limitPathQueries(request);
  return { paths: await readablePaths(getStore(), query) };
});
