"use client";
import { useEffect, useState } from "react";

export type Loadable<T> =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "error"; message: string; status?: number }
  | { state: "ready"; data: T };

/** Fetches JSON for a URL (null: nothing to fetch), with the API's error text on failure. */
export function useJson<T>(url: string | null): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: "idle" });
  useEffect(() => {
    if (!url) {
      setResult({ state: "idle" });
      return;
    }
    const controller = new AbortController();
    setResult({ state: "loading" });
    fetch(url, { signal: controller.signal })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}));
        if (!res.ok) {
          const message = res.status === 503 ? "The graph database is unreachable right now. Try again in a few seconds." : (body.error ?? `HTTP ${res.status}`);
          setResult({ state: "error", message, status: res.status });
        } else setResult({ state: "ready", data: body as T });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: "error", message: `Network error: ${String(error)}` });
      });
    return () => controller.abort();
  }, [url]);
  return result;
}
