"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { toLoadState, type LoadState } from "@/lib/ui/load-state";
import type { ApiQuery } from "@/lib/ui/queries";

const IDLE_KEY = ["idle"];
const IDLE: LoadState<never> = { status: "idle" };

/**
 * The state of one API call (null: nothing to load). Failures reach the outage through the query cache. The state
 * object changes only when the call's outcome does, so effects that depend on it run once per outcome.
 */
export function useApi<T>(query: ApiQuery<T> | null): LoadState<T> {
  const { data, error, fetchStatus } = useQuery<T>({ queryKey: query?.queryKey ?? IDLE_KEY, queryFn: query ? query.queryFn : skipToken });
  const active = query !== null;
  return useMemo(() => (active ? toLoadState({ data, error, fetchStatus }) : IDLE), [active, data, error, fetchStatus]);
}
