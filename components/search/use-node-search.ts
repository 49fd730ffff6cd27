"use client";

import { useEffect, useState } from "react";
import type { SearchResult } from "@/lib/graph/types";
import { api, ApiError, isAbort } from "@/lib/ui/api-client";
import { useReportOutage } from "../explorer/outage-context";

const DEBOUNCE_MS = 150;
const SUGGESTIONS = 8;

/** Suggestions for `query` (none for null or blank), fetched once typing pauses; a newer query cancels an older one. */
export function useNodeSearch(query: string | null): { results: SearchResult[]; loading: boolean } {
  const [state, setState] = useState<{ query: string; results: SearchResult[] }>({ query: "", results: [] });
  const reportOutage = useReportOutage();
  const q = query?.trim() ?? "";

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.search(q, SUGGESTIONS, controller.signal).then(
        (results) => setState({ query: q, results }),
        (error: unknown) => {
          if (isAbort(error)) return;
          if (error instanceof ApiError) reportOutage(error);
          setState({ query: q, results: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, reportOutage]);

  if (!q) return { results: [], loading: false };
  return state.query === q ? { results: state.results, loading: false } : { results: state.results, loading: true };
}

/** The best match for free text, straight from the API (used on Enter, which must not wait for the debounce). */
export async function topHit(text: string): Promise<SearchResult | null> {
  const q = text.trim();
  if (!q) return null;
  const [first] = await api.search(q, 1);
  return first ?? null;
}
