import { z } from "zod";
import { MAX_TEXT, queryParams } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { ask } from "@/lib/graph/ask/ask";
import { getStore } from "@/lib/graph/store";

const schema = z.object({
  q: z.string({ error: "is required" }).trim().min(1, "is required").max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`),
});

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { q } = schema.parse(queryParams(new URL(request.url), ["q"]));
  // An answer may run compare and path queries: it shares their per-client limit.
  limitPathQueries(request);
  return ask(getStore(), q);
});
