"use client";
import { useEffect, useState } from "react";

export type Loadable<T> =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "error"; message: string; status?: number }
  | { state: "ready"; data: T };

/** Fetches JSON for a URL (null: nothing to fetch), with the API's error text on failure. */
export function useJson<T>(url: string | null): Loadable<T> {
  // Each answer is kept with its URL: "idle" and "loading" follow from the URL alone, with no render spent setting them.
  const [result, setResult] = useState<{ url: string; value: Loadable<T> } | null>(null);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    // An answer for a URL already left behind must not replace the current one.
    const settle = (value: Loadable<T>) => {
      if (!controller.signal.aborted) setResult({ url, value });
    };
    fetch(url, { signal: controller.signal })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}));
        if (!res.ok) {
          const message = res.status === 503 ? "The graph database is unreachable right now. Try again in a few seconds." : (body.error ?? `HTTP ${res.status}`);
          settle({ state: "error", message, status: res.status });
        } else settle({ state: "ready", data: body as T });
      })
      .catch((error: unknown) => {
        settle({ state: "error", message: `Network error: ${String(error)}` });
      });
    return () => controller.abort();
  }, [url]);
  if (!url) return { state: "idle" };
  return result?.url === url ? result.value : { state: "loading" };
}
