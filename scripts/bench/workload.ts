// What the load tests ask, derived deterministically from the seed being measured: ids, search
// terms, path pairs 3–6 hops apart (breadth-first distances over all types, both directions, as
// /api/paths searches by default) and /api/graph variants.
import { DEFAULT_GRAPH_LIMIT } from "../../lib/graph/limits";
import type { Kind, RelType } from "../../lib/graph/schema";
import type { Seed } from "../../lib/graph/seed/seed-types";

export const ENDPOINTS = ["details", "paths", "search", "graph"] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface GraphAsk {
  kinds?: Kind[];
  types?: RelType[];
  limit: number;
}

export interface Workload {
  ids: string[];
  searches: string[];
  pairs: { from: string; to: string; hops: number }[];
  graphs: GraphAsk[];
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distances from `start` (undirected), up to `maxDepth`. */
function bfs(adjacency: Map<string, string[]>, start: string, maxDepth: number): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacency.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, d);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function buildWorkload(seed: Seed, size = 200, rngSeed = 42): Workload {
  const random = rng(rngSeed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const nodes = seed.nodes;
  const ids = Array.from({ length: size }, () => pick(nodes).id);

  const searches: string[] = [];
  while (searches.length < size) {
    const node = pick(nodes);
    const word = node.name.split(/\s+/).find((w) => w.length >= 5) ?? node.name;
    const variants = [node.name, node.name.slice(0, 3 + Math.floor(random() * 3)), node.aliases[0] ?? word.toLowerCase(), word.length >= 5 ? typo(word.toLowerCase(), random) : word];
    searches.push(variants[searches.length % variants.length]);
  }

  const adjacency = new Map<string, string[]>();
  for (const r of seed.relationships) {
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]]) {
      const list = adjacency.get(a) ?? [];
      list.push(b);
      adjacency.set(a, list);
    }
  }
  const pairs: Workload["pairs"] = [];
  for (let tries = 0; pairs.length < Math.min(size, 60) && tries < 2000; tries++) {
    const from = pick(nodes).id;
    const dist = bfs(adjacency, from, 6);
    const want = 3 + (pairs.length % 4);
    for (let hops = want; hops >= 3; hops--) {
      const layer = [...dist].filter(([, d]) => d === hops).map(([id]) => id);
      if (layer.length > 0) {
        pairs.push({ from, to: pick(layer), hops });
        break;
      }
    }
  }

  const graphs: GraphAsk[] = [
    { limit: DEFAULT_GRAPH_LIMIT },
    { limit: 200 },
    { kinds: ["Model", "Product"], limit: 500 },
    { types: ["IS_A"], limit: 1000 },
  ];
  return { ids, searches, pairs, graphs };
}

const graphUrl = (g: GraphAsk) => {
  const params = new URLSearchParams({ limit: String(g.limit) });
  if (g.kinds) params.set("kinds", g.kinds.join(","));
  if (g.types) params.set("types", g.types.join(","));
  return `/api/graph?${params}`;
};

/** The request paths one endpoint rotates through. */
export function apiPaths(w: Workload, endpoint: Endpoint): string[] {
  switch (endpoint) {
    case "details":
      return w.ids.map((id) => `/api/nodes/${id}`);
    case "paths":
      return w.pairs.map((p) => `/api/paths?${new URLSearchParams({ from: p.from, to: p.to, mode: "shortest" })}`);
    case "search":
      return w.searches.map((q) => `/api/search?${new URLSearchParams({ q })}`);
    case "graph":
      return w.graphs.map(graphUrl);
  }
}
