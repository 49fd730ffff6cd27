"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { toLoadState, type LoadState } from "@/lib/ui/load-state";
import type { ApiQuery } from "@/lib/ui/queries";

const IDLE_KEY = ["idle"];

/** The state of one API call (null: nothing to load). Failures reach the outage through the query cache. */
export function useApi<T>(query: ApiQuery<T> | null): LoadState<T> {
  const result = useQuery<T>({ queryKey: query?.queryKey ?? IDLE_KEY, queryFn: query ? query.queryFn : skipToken });
  return query ? toLoadState(result) : { status: "idle" };
}
