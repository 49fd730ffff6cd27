import { queryParams } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { searchQuery, paramNames } from "@/lib/api/schemas";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const query = searchQuery.parse(queryParams(new URL(request.url), paramNames(searchQuery)));
  return { results: await getStore().search(query) };
});
