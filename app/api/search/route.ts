import { z } from "zod";
import { intParam, MAX_TEXT, queryParams } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from "@/lib/graph/limits";
import { getStore } from "@/lib/graph/store";

const schema = z.object({
  q: z.string({ error: "is required" }).min(1, "is required").max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`),
  limit: intParam(1, MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
});

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const query = schema.parse(queryParams(new URL(request.url), ["q", "limit"]));
  return { results: await getStore().search(query) };
});
