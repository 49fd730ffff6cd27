import { describe, expect, it } from "vitest";
import { forceLayout } from "@/lib/layout/force";
import { hierarchyLayout } from "@/lib/layout/hierarchy";
import { placeNear } from "@/lib/layout/place-near";
import { mulberry32 } from "@/lib/layout/seeded-random";
import { pack, unpack, type LayoutInput, type Positions } from "@/lib/layout/types";
import { generateSyntheticSeed } from "@/scripts/seed-synthetic";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { REAL_SEED, seedGraph } from "./ui-support";

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("lib/layout", { timeout: 30_000 }, () => {
  it("gives the same force positions for the same graph, whatever order the store lists it in", async () => {
    const graph = await seedGraph(REAL_SEED);
    const first = await forceLayout(graph);
    const again = await forceLayout({ nodes: shuffled(graph.nodes, 1), relationships: shuffled(graph.relationships, 2) });
    expect(again).toEqual(first);
    expect(Object.keys(first)).toHaveLength(graph.nodes.length);
  }, 30_000);

  it("pulls related nodes together and keeps nodes apart", async () => {
    const graph = await seedGraph(REAL_SEED);
    const p = await forceLayout(graph);
    const edgeLengths = graph.relationships.map((r) => distance(p[r.source], p[r.target])).sort((a, b) => a - b);
    const ids = graph.nodes.map((n) => n.id);
    const random = mulberry32(7);
    const pairs = Array.from({ length: 500 }, () => [ids[Math.floor(random() * ids.length)], ids[Math.floor(random() * ids.length)]]);
    const anyPair = pairs.map(([a, b]) => distance(p[a], p[b])).sort((a, b) => a - b);
    expect(edgeLengths[edgeLengths.length >> 1]).toBeLessThan(anyPair[anyPair.length >> 1] / 2);
    // No two nodes on top of each other: the smallest node is 20 px across, and its name hangs 16 px below it.
    const points = Object.values(p);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i], points[j]));
    expect(closest).toBeGreaterThan(30);
  }, 30_000);

  it("pauses between slices, and gives the same positions with or without pauses", async () => {
    const graph = await seedGraph();
    let pauses = 0;
    const paused = await forceLayout(graph, { pause: async () => void (pauses += 1) });
    expect(pauses).toBeGreaterThan(3);
    expect(paused).toEqual(await forceLayout(graph));
  });

  it("puts parents above children in the hierarchy and spreads a crowded rank over rows", async () => {
    const input: LayoutInput = {
      nodes: [
        { id: "root", name: "Root", kind: "Category" },
        ...Array.from({ length: 30 }, (_, i) => ({ id: `leaf-${i}`, name: `Leaf ${i}`, kind: "Model" as const })),
        { id: "mid", name: "Mid", kind: "Category" },
        { id: "org", name: "Org", kind: "Organization" },
      ],
      relationships: [
        { source: "mid", target: "root", type: "IS_A" },
        ...Array.from({ length: 30 }, (_, i) => ({ source: `leaf-${i}`, target: i % 2 ? "mid" : "root", type: "IS_A" as const })),
        { source: "leaf-0", target: "org", type: "DEVELOPED_BY" },
      ],
    };
    const p = await hierarchyLayout(input);
    for (const r of input.relationships.filter((r) => r.type === "IS_A")) expect(p[r.target].y, `${r.source} below ${r.target}`).toBeLessThan(p[r.source].y);
    expect(p.org.y).toBeGreaterThan(Math.max(...input.nodes.filter((n) => n.kind !== "Organization").map((n) => p[n.id].y)));
    const leafRows = new Set(input.nodes.filter((n) => n.id.startsWith("leaf")).map((n) => p[n.id].y));
    expect(leafRows.size).toBeGreaterThan(1);
    expect(await hierarchyLayout({ nodes: shuffled(input.nodes, 3), relationships: shuffled(input.relationships, 4) })).toEqual(p);
  });

  it("places new nodes next to their placed neighbours, without moving those", () => {
    const known: Positions = { hub: { x: 1000, y: 1000 }, far: { x: -3000, y: 0 } };
    const neighbours: Record<string, string[]> = { a: ["hub"], b: ["hub"], c: ["a"], lone: [] };
    const placed = placeNear(["a", "b", "c", "lone"], (id) => neighbours[id] ?? [], known, { x: 5, y: 5 });
    expect(Object.keys(placed).sort()).toEqual(["a", "b", "c", "lone"]);
    expect(distance(placed.a, known.hub)).toBeLessThan(150);
    expect(distance(placed.b, known.hub)).toBeLessThan(150);
    expect(distance(placed.a, placed.b)).toBeGreaterThan(30);
    expect(distance(placed.c, placed.a)).toBeLessThan(150);
    expect(distance(placed.lone, { x: 5, y: 5 })).toBeLessThan(150);
    expect(known).toEqual({ hub: { x: 1000, y: 1000 }, far: { x: -3000, y: 0 } });
  });

  it("packs positions as whole pixels and unpacks them", () => {
    expect(pack({ a: { x: 1.4, y: -2.6 }, b: { x: 0, y: 0 } }, ["a", "missing"])).toEqual({ a: [1, -3] });
    expect(unpack({ a: [1, -3] })).toEqual({ a: { x: 1, y: -3 } });
  });

  it("lays out a 2,000-node synthetic graph without nodes left out", async () => {
    const view = await new MemoryStore(generateSyntheticSeed({ nodes: 2000 })).graph({ limit: 2000 });
    const [force, hierarchy] = await Promise.all([forceLayout(view), hierarchyLayout(view)]);
    for (const p of [force, hierarchy]) {
      expect(Object.keys(p)).toHaveLength(2000);
      expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
    }
  }, 60_000);
});
