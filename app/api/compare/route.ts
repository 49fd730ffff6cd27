import { z } from "zod";
import { queryParams, slugParam } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { getStore } from "@/lib/graph/store";

const schema = z.object({ a: slugParam, b: slugParam });

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { a, b } = schema.parse(queryParams(new URL(request.url), ["a", "b"]));
  limitPathQueries(request);
  return compareConcepts(getStore(), a, b);
});
