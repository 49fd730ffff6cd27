import { asApiError, type ApiError } from "./api-client";

/** What every view shows for one API call. "unavailable" is the outage: the page-wide banner says it and retries. */
export type LoadState<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "unavailable" }
  | { status: "error"; error: ApiError };

/** The part of a TanStack Query result that decides the state. */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  fetchStatus: "fetching" | "paused" | "idle";
}

export function toLoadState<T>(query: QueryLike<T>): LoadState<T> {
  if (query.data !== undefined) return { status: "ready", data: query.data };
  // A failed call being tried again (after the outage, or on "Try again") is loading, not failed.
  if (query.error == null || query.fetchStatus === "fetching") return { status: "loading" };
  const error = asApiError(query.error);
  return error.unavailable ? { status: "unavailable" } : { status: "error", error };
}
