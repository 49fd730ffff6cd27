"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { ApiError, isAbort } from "@/lib/ui/api-client";
import { useLatest } from "../use-latest";
import type { Outage } from "./use-outage";

export type ResourceState<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "unavailable" }
  | { status: "error"; error: ApiError };

/**
 * Loads what `key` names (nothing when null), cancelling the previous request when the key changes. A 503 is reported
 * to the page-wide outage and the load runs again once the API is back; other failures are returned as errors.
 */
export function useApiResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, outage: Pick<Outage, "report" | "epoch">): ResourceState<T> {
  const [state, setState] = useState<{ key: string | null; value: ResourceState<T> }>({ key: null, value: { status: "idle" } });
  // Declared before the loading effect, so it is current when that effect runs.
  const loadRef = useLatest(load);
  const { report, epoch } = outage;
  const settled = useRef<{ key: string | null; ok: boolean }>({ key: null, ok: false });

  // A layout effect, so the request leaves before the diagram's own (passive) effects redraw a big canvas.
  useLayoutEffect(() => {
    if (key === null) return;
    // After an outage only what failed is fetched again.
    if (settled.current.key === key && settled.current.ok) return;
    const controller = new AbortController();
    setState((s) => (s.key === key && s.value.status === "ready" ? s : { key, value: { status: "loading" } }));
    loadRef.current(controller.signal).then(
      (data) => {
        settled.current = { key, ok: true };
        setState({ key, value: { status: "ready", data } });
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        settled.current = { key, ok: false };
        const apiError = error instanceof ApiError ? error : new ApiError(500, "client", String(error));
        if (apiError.unavailable) report(apiError);
        setState({ key, value: apiError.unavailable ? { status: "unavailable" } : { status: "error", error: apiError } });
      },
    );
    return () => controller.abort();
  }, [key, epoch, report, loadRef]);

  if (key === null) return { status: "idle" };
  return state.key === key ? state.value : { status: "loading" };
}
