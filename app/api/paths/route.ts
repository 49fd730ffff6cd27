import { queryParams } from "@/lib/api/params";
import { limitPathQueries } from "@/lib/api/rate-limit";
import { getOnly } from "@/lib/api/respond";
import { pathsQuery, paramNames } from "@/lib/api/schemas";
import { readablePaths } from "@/lib/graph/path-rank";
import { getStore } from "@/lib/graph/store";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const url = new URL(request.url);
  const query = pathsQuery.parse(queryParams(url, paramNames(pathsQuery)));
  limitPathQueries(request);
  return { paths: await readablePaths(getStore(), query) };
});
