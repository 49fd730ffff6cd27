"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { GraphRelationship, NodeRef } from "@/lib/graph/types";
import type { PositionedGraphView } from "@/lib/layout/types";
import type { ApiError } from "@/lib/ui/api-client";
import { mergeIntoGraph } from "@/lib/ui/graph-merge";
import { queries } from "@/lib/ui/queries";
import { wholeGraphLimit } from "@/lib/ui/scale";
import { useApi } from "../shell/use-api";

export type GraphStatus = "loading" | "ready" | "unavailable" | "error";

/**
 * The graph on the page: an overview first (the whole graph when it is small enough), the whole graph on request, and
 * grown by `merge` afterwards. The overview stays on screen while the whole graph loads, and if that fails.
 */
export function useGraphData() {
  const client = useQueryClient();
  const [wholeLimit, setWholeLimit] = useState<number | null>(null);
  const overview = useApi(queries.graphOverview());
  const whole = useApi(wholeLimit === null ? null : queries.graph(wholeLimit));
  const shown = whole.status === "ready" ? whole : overview;
  const graph = shown.status === "ready" ? shown.data : null;
  const status: GraphStatus = graph ? "ready" : overview.status === "idle" ? "loading" : overview.status;
  const error: ApiError | null = overview.status === "error" ? overview.error : null;

  // Grown in the cache itself, so that the graph on screen and the cached one are the same.
  const shownLimit = whole.status === "ready" ? wholeLimit : null;
  const merge = useCallback(
    (nodes: NodeRef[], relationships: GraphRelationship[]) => {
      const { queryKey } = shownLimit === null ? queries.graphOverview() : queries.graph(shownLimit);
      client.setQueryData<PositionedGraphView>(queryKey, (g) => (g ? mergeIntoGraph(g, nodes, relationships) : g));
    },
    [client, shownLimit],
  );
  const loadAll = useCallback(() => setWholeLimit((l) => (graph ? wholeGraphLimit(graph.totalNodes) : l)), [graph]);
  const retry = useCallback(() => void client.refetchQueries({ queryKey: queries.graphOverview().queryKey, exact: true }), [client]);

  return { graph, status, error, merge, loadAll, retry };
}
