import "server-only";
import { createHash } from "node:crypto";
import type { GraphCounts, GraphStore, GraphView } from "@/lib/graph/types";
import { forceLayout } from "./force";
import { hierarchyLayout } from "./hierarchy";
import { startMapLayout } from "./start-map-layout";
import { LAYOUT_NODE_CAP, pack, type GraphLayout, type Pause } from "./types";

/** Positions are recomputed at least this often, so that a Neo4j graph edited without changing its counts catches up. */
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  key: string;
  started: number;
  promise: Promise<GraphLayout>;
  done: GraphLayout | null;
}

const globalForLayout = globalThis as unknown as { graphLayout?: Entry; graphLayoutPrevious?: Entry };

/** Lets other requests run between slices of layout work. */
const yieldToEventLoop: Pause = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The layouts of the graph the store holds now, computed from its store-agnostic GraphView (so both stores give the
 * same positions) once per graph version and cached in the process. Waits at most `waitMs` for a computation in
 * progress, then answers null: the caller serves the graph without positions and the page lays it out itself.
 * Never throws: positions are an improvement, and the graph itself must not fail with them.
 */
export async function layoutFor(store: GraphStore, waitMs: number): Promise<GraphLayout | null> {
  try {
    const counts = await store.counts();
    const key = keyOf(store, counts);
    const entry = current(store, counts);
    if (entry.done) return entry.done;
    const previous = globalForLayout.graphLayoutPrevious;
    // Refreshing after MAX_AGE_MS: the last positions of the same-sized graph serve meanwhile.
    if (previous?.key === key && previous.done) return previous.done;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    try {
      return await Promise.race([entry.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    console.warn("[layout] no positions:", error instanceof Error ? error.message : error);
    return null;
  }
}

/**
 * Starts computing the layouts in the background unless they are computed or under way for these counts: the health
 * check calls it, so that the positions are ready by the time the first page asks for them.
 */
export function warmUpLayout(store: GraphStore, counts: GraphCounts): void {
  current(store, counts);
}

const keyOf = (store: GraphStore, counts: GraphCounts) => `${store.backend}:${counts.nodes}:${counts.relationships}`;

function current(store: GraphStore, counts: GraphCounts): Entry {
  const key = keyOf(store, counts);
  let entry = globalForLayout.graphLayout;
  if (!entry || entry.key !== key || Date.now() - entry.started > MAX_AGE_MS) {
    if (entry?.done) globalForLayout.graphLayoutPrevious = entry;
    entry = globalForLayout.graphLayout = start(store, key);
  }
  return entry;
}

function start(store: GraphStore, key: string): Entry {
  const entry: Entry = { key, started: Date.now(), done: null, promise: Promise.resolve(null as unknown as GraphLayout) };
  entry.promise = compute(store).then(
    (layout) => (entry.done = layout),
    (error: unknown) => {
      // A failed computation (the database went away) is tried again by the next request.
      if (globalForLayout.graphLayout === entry) globalForLayout.graphLayout = undefined;
      throw error;
    },
  );
  // Waiters may have given up; the rejection must not go unhandled.
  entry.promise.catch(() => undefined);
  return entry;
}

async function compute(store: GraphStore): Promise<GraphLayout> {
  const t0 = performance.now();
  const graph = await store.graph({ limit: LAYOUT_NODE_CAP });
  const force = await forceLayout(graph, { pause: yieldToEventLoop });
  const hierarchy = await hierarchyLayout(graph, yieldToEventLoop);
  const start = await startMapLayout(graph);
  console.log(`[layout] ${graph.nodes.length} nodes laid out in ${Math.round(performance.now() - t0)} ms`);
  return { version: fingerprint(graph), force: pack(force), hierarchy: pack(hierarchy), ...(start ? { start: pack(start) } : {}) };
}

/** Names the graph that was laid out: its node and relationship ids, whatever order the store listed them in. */
function fingerprint(graph: GraphView): string {
  const hash = createHash("sha256");
  for (const id of graph.nodes.map((n) => n.id).sort()) hash.update(id + "\n");
  for (const id of graph.relationships.map((r) => r.id).sort()) hash.update(id + "\n");
  return hash.digest("base64url").slice(0, 16);
}

/** The positions of the nodes in `view`, both arrangements; nodes past the cap have none. */
export function layoutOf(view: GraphView, layout: GraphLayout): GraphLayout {
  const ids = view.nodes.map((n) => n.id);
  return {
    version: layout.version,
    force: subset(layout.force, ids),
    hierarchy: subset(layout.hierarchy, ids),
    ...(layout.start ? { start: subset(layout.start, ids) } : {}),
  };
}

function subset<T>(all: Record<string, T>, ids: string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of ids) if (all[id] !== undefined) out[id] = all[id];
  return out;
}
