import { queryParams } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { askQuery, paramNames } from "@/lib/api/schemas";
import { ask } from "@/lib/graph/ask/ask";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { q } = askQuery.parse(queryParams(new URL(request.url), paramNames(askQuery)));
  // An answer may run compare and path queries: it shares their per-client limit.
  limitPathQueries(request);
  return ask(getStore(), q);
});
