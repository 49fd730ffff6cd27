import type { QueryKey } from "@tanstack/react-query";
import { api } from "./api-client";
import { LOAD_WHOLE_UP_TO, OVERVIEW_LIMIT, wholeGraphLimit } from "./scale";
import type { PathRequest } from "./view-state";

/** One cache entry: its key and how to load it. The graph never changes while a page is open, so nothing goes stale. */
export interface ApiQuery<T> {
  queryKey: QueryKey;
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
}

const define = <T>(queryKey: QueryKey, load: (signal: AbortSignal) => Promise<T>): ApiQuery<T> => ({
  queryKey,
  queryFn: ({ signal }) => load(signal),
});

/** Every query of every page, one key per endpoint and its parameters. */
export const queries = {
  /** An overview first, and the whole graph straight after when it is small enough to show. */
  graphOverview: () =>
    define(["graph", "overview"], async (signal) => {
      const first = await api.graph(OVERVIEW_LIMIT, signal);
      if (!first.truncated || first.totalNodes > LOAD_WHOLE_UP_TO) return first;
      return api.graph(wholeGraphLimit(first.totalNodes), signal);
    }),
  graph: (limit: number) => define(["graph", limit], (signal) => api.graph(limit, signal)),
  tasks: () => define(["tasks"], (signal) => api.tasks(signal)),
  node: (id: string) => define(["node", id], (signal) => api.node(id, signal)),
  glance: (id: string) => define(["glance", id], (signal) => api.glance(id, signal)),
  search: (q: string, limit: number) => define(["search", q, limit], (signal) => api.search(q, limit, signal)),
  paths: (request: PathRequest) => define(["paths", request], (signal) => api.paths(request, signal)),
  ask: (q: string) => define(["ask", q], (signal) => api.ask(q, signal)),
  compare: (a: string, b: string) => define(["compare", a, b], (signal) => api.compare(a, b, signal)),
  recommendations: (task: string) => define(["recommendations", task], (signal) => api.recommendations(task, signal)),
};
