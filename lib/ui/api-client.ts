import { unpackDetails, type DetailsWire } from "@/lib/graph/details-wire";
import type { AskResult } from "@/lib/graph/ask/ask-types";
import type { Glance } from "@/lib/graph/insights/glance";
import type { CompareResult, RecommendResult } from "@/lib/graph/insights/insight-types";
import type { GraphPath, GraphView, SearchResult } from "@/lib/graph/types";
import type { PositionedGraphView } from "@/lib/layout/types";
import { OVERVIEW_LIMIT } from "./scale";
import type { PathRequest } from "./view-state";

const PATHS_FETCHED = 25;
/** More than the seed will ever hold of one kind, and far below the API's own limit. */
const TASKS_FETCHED = 2000;

/** A failed API call: the HTTP status (0 when the server could not be reached) and the API's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The database (or the server) is down: worth a banner and an automatic retry rather than an error message. */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

/** Any failure as an ApiError, so that every page words and classifies it the same way. */
export const asApiError = (error: unknown): ApiError => (error instanceof ApiError ? error : new ApiError(500, "client", String(error)));

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, "network", "the server could not be reached");
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => ({}))) as { error?: string; code?: string };
  const retryAfter = Number(response.headers.get("Retry-After"));
  throw new ApiError(
    response.status,
    body.code ?? "http_" + response.status,
    body.error ?? response.statusText ?? "request failed",
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  return search.toString();
};

const nodePath = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

const graphUrl = (limit: number) => `/api/graph?${query({ limit, positions: true })}`;

/** What the explorer asks for first, whatever the view: the page preloads it so that it arrives with the scripts. */
export const firstGraphUrl = () => graphUrl(OVERVIEW_LIMIT);

/** One typed call per endpoint under app/api; nothing else in the browser builds an API URL. */
export const api = {
  health: (signal?: AbortSignal) => getJson<{ status: string; nodes: number; relationships: number }>("/api/health", signal),
  // With the server's positions of these nodes, so that the diagram is drawn at once.
  graph: (limit: number, signal?: AbortSignal) => getJson<PositionedGraphView>(graphUrl(limit), signal),
  tasks: (signal?: AbortSignal) =>
    getJson<GraphView>(`/api/graph?${query({ kinds: "Task", limit: TASKS_FETCHED })}`, signal).then((r) => r.nodes),
  node: (id: string, signal?: AbortSignal) => getJson<DetailsWire>(nodePath(id), signal).then(unpackDetails),
  glance: (id: string, signal?: AbortSignal) => getJson<Glance>(`${nodePath(id)}/glance`, signal),
  search: (q: string, limit: number, signal?: AbortSignal) =>
    getJson<{ results: SearchResult[] }>(`/api/search?${query({ q, limit })}`, signal).then((r) => r.results),
  paths: (p: PathRequest, signal?: AbortSignal) =>
    getJson<{ paths: GraphPath[] }>(
      `/api/paths?${query({
        from: p.from,
        to: p.to,
        types: p.types.join(","),
        directed: p.directed,
        maxHops: p.maxHops,
        mode: p.mode,
        // The API ranks them (lib/graph/path-rank.ts); this many gives the list room below the clearest.
        limit: PATHS_FETCHED,
      })}`,
      signal,
    ).then((r) => r.paths),
  ask: (q: string, signal?: AbortSignal) => getJson<AskResult>(`/api/ask?${query({ q })}`, signal),
  compare: (a: string, b: string, signal?: AbortSignal) => getJson<CompareResult>(`/api/compare?${query({ a, b })}`, signal),
  recommendations: (task: string, signal?: AbortSignal) =>
    getJson<RecommendResult>(`/api/tasks/${encodeURIComponent(task)}/recommendations`, signal),
};
