"use client";

import { keepPreviousData, skipToken, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { SearchResult } from "@/lib/graph/types";
import { parsePathQuery } from "@/lib/ui/path-query";
import { queries } from "@/lib/ui/queries";

const DEBOUNCE_MS = 150;
const SUGGESTIONS = 8;

/** `value`, once it has stopped changing for `ms`. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Suggestions for `query` (none for null or blank), fetched once typing pauses. A newer query cancels an older one:
 * the query reads its abort signal, so the cache aborts the request once no one waits for it.
 */
export function useNodeSearch(query: string | null): { results: SearchResult[]; loading: boolean } {
  const q = query?.trim() ?? "";
  const debounced = useDebounced(q, DEBOUNCE_MS);
  const search = q && debounced === q ? queries.search(q, SUGGESTIONS) : null;
  const result = useQuery<SearchResult[]>({
    queryKey: search?.queryKey ?? ["search", "idle"],
    queryFn: search ? search.queryFn : skipToken,
    // The last suggestions stay on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
  if (!q) return { results: [], loading: false };
  const results = result.data ?? [];
  return { results, loading: !search || result.isFetching };
}

/** The cache entry holding the best match for free text, or null for blank text. */
const topHitQuery = (text: string) => (text.trim() ? queries.search(text.trim(), 1) : null);

/** The best match for free text, through the cache (used on Enter, which must not wait for the debounce). */
export async function topHit(client: QueryClient, text: string): Promise<SearchResult | null> {
  const query = topHitQuery(text);
  if (!query) return null;
  const [first] = await client.fetchQuery(query);
  return first ?? null;
}

/**
 * Looks up the two ends of a path query ("LLM → Generative AI") once typing pauses, and for "x to y" the whole text
 * too, into the same cache entries that topHit() reads on Enter: the path request then leaves at once.
 */
export function usePathEndsLookup(text: string): void {
  const client = useQueryClient();
  const debounced = useDebounced(text.trim(), DEBOUNCE_MS);
  useEffect(() => {
    const query = parsePathQuery(debounced);
    if (!query) return;
    const texts = query.ambiguous ? [debounced, query.from, query.to] : [query.from, query.to];
    for (const query of texts.map(topHitQuery)) if (query) void client.prefetchQuery(query);
  }, [client, debounced]);
}
