import { queryParams } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { compareQuery, paramNames } from "@/lib/api/schemas";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { a, b } = compareQuery.parse(queryParams(new URL(request.url), paramNames(compareQuery)));
  limitPathQueries(request);
  return compareConcepts(getStore(), a, b);
});
