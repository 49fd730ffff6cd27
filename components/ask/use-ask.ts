"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { AskResult } from "@/lib/graph/ask/ask-types";
import type { PathHighlight } from "@/lib/ui/apply-view";
import { queries } from "@/lib/ui/queries";
import { parseAsk, withAsk } from "@/lib/ui/url-state";
import { useApi } from "../shell/use-api";

/** The question asked from the search box: in the URL (`?ask=`), its answer, and its evidence as a highlight. */
export function useAsk() {
  const [question, setQuestion] = useState<string | null>(null);

  // Read once mounted (the server has no URL), and again on Back/Forward.
  useEffect(() => {
    const read = () => setQuestion(parseAsk(window.location.search));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, []);

  const answer = useApi<AskResult>(question === null ? null : queries.ask(question));

  const highlight = useMemo<PathHighlight | null>(() => {
    if (answer.status !== "ready" || answer.data.answer.paths.length === 0) return null;
    const paths = answer.data.answer.paths;
    return {
      nodes: [...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))],
      edges: [...new Set(paths.flatMap((p) => p.relationships.map((r) => r.id)))],
    };
  }, [answer]);

  const setInUrl = useCallback((q: string | null) => {
    setQuestion(q);
    const { pathname, search, hash } = window.location;
    const next = withAsk(search, q);
    if (next !== search) window.history.pushState(null, "", `${pathname}${next}${hash}`);
  }, []);

  return { question, answer, highlight, ask: setInUrl, close: useCallback(() => setInUrl(null), [setInUrl]) };
}
