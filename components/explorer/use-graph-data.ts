"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphRelationship, NodeRef } from "@/lib/graph/types";
import type { PositionedGraphView } from "@/lib/layout/types";
import { api, ApiError, isAbort } from "@/lib/ui/api-client";
import { mergeIntoGraph } from "@/lib/ui/graph-merge";
import { LOAD_WHOLE_UP_TO, OVERVIEW_LIMIT, wholeGraphLimit } from "@/lib/ui/scale";
import type { Outage } from "./use-outage";

export type GraphStatus = "loading" | "ready" | "unavailable" | "error";

/** The graph on the page: an overview first, the whole graph when it is small enough, grown by `merge` afterwards. */
export function useGraphData(outage: Outage) {
  const [graph, setGraph] = useState<PositionedGraphView | null>(null);
  const [status, setStatus] = useState<GraphStatus>("loading");
  const [error, setError] = useState<ApiError | null>(null);
  const [limit, setLimit] = useState<number | "auto">("auto");
  const [attempt, setAttempt] = useState(0);
  const { report, epoch } = outage;
  const loaded = useRef<string | null>(null);

  useEffect(() => {
    const key = `${limit}:${attempt}`;
    // After an outage, a graph that did load is not fetched again.
    if (loaded.current === key) return;
    const controller = new AbortController();
    const load = async () => {
      const first = await api.graph(limit === "auto" ? OVERVIEW_LIMIT : limit, controller.signal);
      if (limit !== "auto" || !first.truncated || first.totalNodes > LOAD_WHOLE_UP_TO) return first;
      return api.graph(wholeGraphLimit(first.totalNodes), controller.signal);
    };
    setStatus((s) => (s === "ready" ? s : "loading"));
    load().then(
      (view) => {
        loaded.current = key;
        setGraph(view);
        setStatus("ready");
        setError(null);
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        const apiError = e instanceof ApiError ? e : new ApiError(500, "client", String(e));
        if (apiError.unavailable) report(apiError);
        setError(apiError);
        // A graph already on screen stays there; the banner tells what is wrong.
        setStatus((s) => (s === "ready" ? s : apiError.unavailable ? "unavailable" : "error"));
      },
    );
    return () => controller.abort();
    // `epoch` reloads after an outage, `attempt` on a manual retry.
  }, [limit, epoch, attempt, report]);

  const merge = useCallback((nodes: NodeRef[], relationships: GraphRelationship[]) => {
    setGraph((g) => (g ? mergeIntoGraph(g, nodes, relationships) : g));
  }, []);
  const loadAll = useCallback(() => setLimit((l) => (graph ? wholeGraphLimit(graph.totalNodes) : l)), [graph]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  return { graph, status, error, merge, loadAll, retry };
}
