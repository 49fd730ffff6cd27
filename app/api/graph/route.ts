import { z } from "zod";
import { intParam, kindsParam, queryParams, typesParam } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { DEFAULT_GRAPH_LIMIT, MAX_GRAPH_LIMIT } from "@/lib/graph/limits";
import { getStore } from "@/lib/graph/store";

const schema = z.object({
  kinds: kindsParam.optional(),
  types: typesParam.optional(),
  limit: intParam(1, MAX_GRAPH_LIMIT).default(DEFAULT_GRAPH_LIMIT),
});

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const query = schema.parse(queryParams(new URL(request.url), ["kinds", "types", "limit"]));
  return getStore().graph(query);
});
