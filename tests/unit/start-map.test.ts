import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { START_MAP_IDS, START_MAP_MIN_NODES, startMapIn } from "@/lib/graph/start-map";
import type { GraphView } from "@/lib/graph/types";
import { hierarchyLayout } from "@/lib/layout/hierarchy";

let graph: GraphView;
beforeAll(async () => {
  graph = await new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed"))).graph({ limit: 5000 });
});

describe("the start map", () => {
  it("names only nodes of the curated graph, between 15 and 25 of them", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(START_MAP_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(START_MAP_IDS.length).toBeGreaterThanOrEqual(15);
    expect(START_MAP_IDS.length).toBeLessThanOrEqual(25);
  });

  it("reads as one taxonomy: every concept but the architectures reaches AI through is-a links inside the map", () => {
    const inMap = new Set<string>(START_MAP_IDS);
    const parents = new Map<string, string[]>();
    for (const r of graph.relationships) {
      if (r.type === "IS_A" && inMap.has(r.source) && inMap.has(r.target)) parents.set(r.source, [...(parents.get(r.source) ?? []), r.target]);
    }
    const reachesAi = (id: string, seen = new Set<string>()): boolean =>
      id === "artificial-intelligence" || (!seen.has(id) && (parents.get(id) ?? []).some((p) => reachesAi(p, seen.add(id))));
    const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    const strays = START_MAP_IDS.filter((id) => kindOf.get(id) !== "Architecture" && !reachesAi(id));
    expect(strays).toEqual([]);
    // The architectures are there because map nodes are built on them.
    for (const arch of START_MAP_IDS.filter((id) => kindOf.get(id) === "Architecture")) {
      expect(graph.relationships.some((r) => r.target === arch && r.type === "USES_ARCHITECTURE" && inMap.has(r.source)), arch).toBe(true);
    }
  });

  it("is absent from a graph that holds too few of its nodes", () => {
    expect(startMapIn(() => true)).toEqual([...START_MAP_IDS]);
    const few = new Set<string>(START_MAP_IDS.slice(0, START_MAP_MIN_NODES - 1));
    expect(startMapIn((id) => few.has(id))).toBeNull();
  });

  it("is laid out narrow enough to fit a laptop's diagram at a readable zoom", async () => {
    const inMap = new Set<string>(START_MAP_IDS);
    const positions = await hierarchyLayout(
      { nodes: graph.nodes.filter((n) => inMap.has(n.id)), relationships: graph.relationships.filter((r) => inMap.has(r.source) && inMap.has(r.target)) },
      undefined,
      5,
    );
    const xs = Object.values(positions).map((p) => p.x);
    expect(Object.keys(positions).sort()).toEqual([...START_MAP_IDS].sort());
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(800);
  });
});
