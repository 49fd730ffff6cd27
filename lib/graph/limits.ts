/** Covers the whole seed graph; bigger graphs open on an overview of the best-connected nodes. */
export const DEFAULT_GRAPH_LIMIT = 2000;
export const MAX_GRAPH_LIMIT = 20000;
export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_MAX_HOPS = 6;
export const MAX_HOPS = 10;
export const DEFAULT_PATH_LIMIT = 5;
export const MAX_PATH_LIMIT = 50;
/** How many IS_A members feed a category's aggregated ("some") values; the total is always counted. */
export const AGGREGATE_CAP = 500;
/** An export reads the whole view in one graph() call (then node details in pages): a 50,000-node graph fits. */
export const MAX_EXPORT_NODES = 100_000;
