import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { nodeSize } from "@/lib/graph/to-elements";
import { mulberry32 } from "./seeded-random";
import { separateOnce, type Box } from "./separate";
import { noPause, type LayoutInput, type Pause, type Point, type Positions } from "./types";

const SEED = 20240601;
/** The diagram's scale: node sizes and label fonts in lib/graph/style.ts are drawn for edges about this long. */
const EDGE_LENGTH = 150;
/** Node-iterations between two pauses: short enough that a request or a frame waits little. */
const SLICE_WORK = 2000;
/** Above this many nodes names are unreadable at the zoom that shows them all: overlaps are left alone. */
const SEPARATE_UP_TO = 2000;
/** A name takes about this many pixels per character at the diagram's label size (lib/graph/style.ts), and a line this high. */
const PX_PER_CHAR = 6.2;
const LABEL_LINE = 16;
const SEPARATION_ROUNDS = 100;
const REFINE_ITERATIONS = 60;

/** Fewer iterations for bigger graphs: Barnes-Hut keeps each one O(n log n), and a big graph is read zoomed out. */
function iterationsFor(n: number): number {
  if (n <= 500) return 500;
  if (n <= 2000) return 300;
  return 100;
}

/**
 * ForceAtlas2 over the graph, then overlap removal so that nodes and their names do not sit on each other. Deterministic:
 * nodes and edges are taken in id order and start from seeded positions, so both stores, every process and every
 * browser get the same arrangement of the same graph. `start` gives starting points (a refinement keeps its shape).
 * `pause` is awaited between slices of iterations, so that the caller stays responsive.
 */
export async function forceLayout(input: LayoutInput, options: { pause?: Pause; start?: Positions } = {}): Promise<Positions> {
  const pause = options.pause ?? noPause;
  const graph = buildGraph(input, options.start ?? {});
  const n = graph.order;
  if (n === 0) return {};
  const settings = {
    ...forceAtlas2.inferSettings(n),
    // Hubs (a category with hundreds of models) push their leaves outwards instead of swallowing them.
    outboundAttractionDistribution: true,
    barnesHutOptimize: n > 300,
  };
  // A refinement (a focused neighbourhood, in the browser) starts from a shape worth keeping: a few iterations do.
  const total = options.start ? Math.min(REFINE_ITERATIONS, iterationsFor(n)) : iterationsFor(n);
  await inSlices(total, n, pause, (k) => forceAtlas2.assign(graph, { iterations: k, settings, getEdgeWeight: "weight" }));
  scaleToEdgeLength(graph, options.start ? centreOf(Object.values(options.start)) : { x: 0, y: 0 });
  const boxes: (Box & { id: string })[] = [];
  graph.forEachNode((id, a) => void boxes.push({ id, x: a.x, y: a.y, w: a.w, h: a.h }));
  if (n <= SEPARATE_UP_TO) {
    spreadOut(boxes);
    const rounds = options.start ? SEPARATION_ROUNDS / 4 : SEPARATION_ROUNDS;
    for (let round = 0; round < rounds && separateOnce(boxes) > 0; round++) await pause();
  }
  const positions: Positions = {};
  for (const b of boxes) positions[b.id] = { x: Math.round(b.x), y: Math.round(b.y) };
  return positions;
}

/**
 * Runs `total` iterations as `run(k, done)` calls, pausing between them. Each call restarts the algorithm's speed
 * control, so the slice size changes the result: it depends on the graph's size only, never on the clock, for the
 * same positions on every machine. About SLICE_WORK node-iterations per slice: a few tens of ms, one iteration at most.
 */
async function inSlices(total: number, n: number, pause: Pause, run: (k: number, done: number) => void): Promise<void> {
  const size = Math.max(1, Math.min(50, Math.floor(SLICE_WORK / n)));
  for (let done = 0; done < total; done += size) {
    run(Math.min(size, total - done), done);
    await pause();
  }
}

function buildGraph(input: LayoutInput, start: Positions): Graph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const nodes = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const degree = new Map<string, number>();
  for (const r of input.relationships) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const random = mulberry32(SEED);
  const spread = EDGE_LENGTH * Math.sqrt(nodes.length);
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    const from = start[node.id];
    const x = from?.x ?? (random() - 0.5) * spread;
    const y = from?.y ?? (random() - 0.5) * spread;
    // What must not overlap: the node and its name, which hangs below it.
    const size = nodeSize(degree.get(node.id) ?? 0);
    graph.addNode(node.id, { x, y, w: Math.max(size, node.name.length * PX_PER_CHAR), h: size + LABEL_LINE });
  }
  const edges = input.relationships
    .filter((r) => r.source !== r.target && graph.hasNode(r.source) && graph.hasNode(r.target))
    .map((r) => (r.source < r.target ? [r.source, r.target] : [r.target, r.source]))
    .sort((a, b) => (a[0] + "\u0000" + a[1] < b[0] + "\u0000" + b[1] ? -1 : 1));
  for (const [a, b] of edges) {
    const existing = graph.edge(a, b);
    // Two relationships between the same pair pull harder than one.
    if (existing) graph.updateEdgeAttribute(existing, "weight", (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(a, b, { weight: 1 });
  }
  return graph;
}

/** ForceAtlas2's units are arbitrary; the median edge is brought to EDGE_LENGTH pixels, around `centre`. */
function scaleToEdgeLength(graph: Graph, centre: Point): void {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)] : 0;
  const factor = median > 0 ? EDGE_LENGTH / median : 1;
  const points: Point[] = [];
  graph.forEachNode((_id, a) => void points.push({ x: a.x, y: a.y }));
  const from = centreOf(points);
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, x: centre.x + (a.x - from.x) * factor, y: centre.y + (a.y - from.y) * factor }));
}

/**
 * ForceAtlas2's gravity packs a hub-heavy graph tighter than its names fit; pushing them apart one overlap at a time
 * then takes hundreds of rounds. Scaled out first until the boxes fill at most a quarter of the area, they part fast.
 */
function spreadOut(boxes: Box[]): void {
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  const filled = boxes.reduce((s, b) => s + (b.w + 6) * (b.h + 6), 0);
  const factor = area > 0 ? Math.sqrt(filled / (0.25 * area)) : 1;
  if (factor <= 1) return;
  const c = centreOf(boxes);
  for (const b of boxes) {
    b.x = c.x + (b.x - c.x) * factor;
    b.y = c.y + (b.y - c.y) * factor;
  }
}

function centreOf(points: Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}
