import { queryParams } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { graphQuery, paramNames } from "@/lib/api/schemas";
import { getStore } from "@/lib/graph/store";
import { layoutFor, layoutOf } from "@/lib/layout/server-layout";
import type { PositionedGraphView } from "@/lib/layout/types";

/** How long a request waits for positions still being computed before it answers without them. */
const LAYOUT_WAIT_MS = 3000;

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { positions, ...query } = graphQuery.parse(queryParams(new URL(request.url), paramNames(graphQuery)));
  const store = getStore();
  const view = await store.graph(query);
  if (!positions) return view;
  const layout = await layoutFor(store, LAYOUT_WAIT_MS);
  return { ...view, layout: layout && layoutOf(view, layout) } satisfies PositionedGraphView;
});
