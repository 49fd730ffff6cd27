import { unpackDetails, type DetailsWire } from "@/lib/graph/details-wire";
import type { AskResult } from "@/lib/graph/ask/ask-types";
import type { Glance } from "@/lib/graph/insights/glance";
import type { GraphPath, SearchResult } from "@/lib/graph/types";
import type { PositionedGraphView } from "@/lib/layout/types";
import type { PathRequest } from "./view-state";

const PATHS_FETCHED = 25;

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

export const api = {
  health: (signal?: AbortSignal) => getJson<{ status: string; nodes: number; relationships: number }>("/api/health", signal),
  // With the server's positions of these nodes, so that the diagram is drawn at once.
  graph: (limit: number, signal?: AbortSignal) => getJson<PositionedGraphView>(`/api/graph?${query({ limit, positions: true })}`, signal),
  node: (id: string, signal?: AbortSignal) => getJson<DetailsWire>(`/api/nodes/${encodeURIComponent(id)}`, signal).then(unpackDetails),
  glance: (id: string, signal?: AbortSignal) => getJson<Glance>(`/api/nodes/${encodeURIComponent(id)}/glance`, signal),
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
};

/** Waits before the next retry: the server's Retry-After at least, doubling per attempt up to a minute. */
export function retryDelaySeconds(attempt: number, retryAfterSeconds = 1): number {
  return Math.min(60, Math.max(retryAfterSeconds, 2 ** attempt));
}
