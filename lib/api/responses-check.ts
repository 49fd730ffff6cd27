// Compile-time only: every value a handler returns is one its published schema describes.
import type { z } from "zod";
import type { AskResult } from "../graph/ask/ask-types";
import type { DetailsWire } from "../graph/details-wire";
import type { Glance } from "../graph/insights/glance";
import type { CompareResult, RecommendResult } from "../graph/insights/insight-types";
import type { GraphPath, SearchResult } from "../graph/types";
import type { PositionedGraphView } from "../layout/types";
import type * as R from "./responses";

type Fits<T extends U, U> = [T, U];
export type ResponseChecks = [
  Fits<PositionedGraphView, z.infer<typeof R.graphResponse>>,
  Fits<DetailsWire, z.infer<typeof R.detailsResponse>>,
  Fits<Glance, z.infer<typeof R.glanceResponse>>,
  Fits<{ results: SearchResult[] }, z.infer<typeof R.searchResponse>>,
  Fits<{ paths: GraphPath[] }, z.infer<typeof R.pathsResponse>>,
  Fits<CompareResult, z.infer<typeof R.compareResponse>>,
  Fits<AskResult, z.infer<typeof R.askResponse>>,
  Fits<RecommendResult, z.infer<typeof R.recommendationsResponse>>,
];
