import { z } from "zod";
import { boolParam, intParam, kindsParam, queryParams, typesParam } from "@/lib/api/params";
import { getOnly } from "@/lib/api/respond";
import { DEFAULT_GRAPH_LIMIT, MAX_GRAPH_LIMIT } from "@/lib/graph/limits";
import { getStore } from "@/lib/graph/store";
import { layoutFor, layoutOf } from "@/lib/layout/server-layout";
import type { PositionedGraphView } from "@/lib/layout/types";

/** How long a request waits for positions still being computed before it answers without them. */
const LAYOUT_WAIT_MS = 3000;

const schema = z.object({
  kinds: kindsParam.optional(),
  types: typesParam.optional(),
  limit: intParam(1, MAX_GRAPH_LIMIT).default(DEFAULT_GRAPH_LIMIT),
  positions: boolParam.default(false),
});

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async (request) => {
  const { positions, ...query } = schema.parse(queryParams(new URL(request.url), ["kinds", "types", "limit", "positions"]));
  const store = getStore();
  const view = await store.graph(query);
  if (!positions) return view;
  const layout = await layoutFor(store, LAYOUT_WAIT_MS);
  return { ...view, layout: layout && layoutOf(view, layout) } satisfies PositionedGraphView;
});
