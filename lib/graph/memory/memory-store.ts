import { annotations } from "../annotations";
import { notFound } from "../errors";
import { comparePaths } from "../path-order";
import type { RelType } from "../schema";
import { stagedSearch } from "../search-stages";
import type { Seed } from "../seed/seed-types";
import { MAX_HOPS } from "../limits";
import type {
  Descendants,
  GraphCounts,
  GraphPath,
  GraphQuery,
  GraphStore,
  GraphView,
  IsaReach,
  NodeDetails,
  NodeFull,
  NodeRef,
  NodeRelationship,
  PathQuery,
  SearchQuery,
  SearchResult,
} from "../types";
import { buildGraph, type ConceptGraph } from "./build-graph";
import { findPaths, type Hop, type HopDirection } from "./path-search";
import { SearchIndex } from "./search-index";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);


/** Answers every query from a graphology graph built once from the validated seed. */
export class MemoryStore implements GraphStore {
  readonly backend = "memory" as const;
  private readonly g: ConceptGraph;
  /** Nodes by degree (desc) then id: the order /api/graph keeps when a limit cuts. */
  private readonly byDegree: string[];
  private readonly searchIndex: SearchIndex;

  constructor(seed: Seed) {
    this.g = buildGraph(seed);
    this.byDegree = this.g
      .nodes()
      .sort((a, b) => this.g.degree(b) - this.g.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    this.searchIndex = new SearchIndex(seed.nodes);
  }

  private ref(id: string): NodeRef {
    const { name, kind } = this.g.getNodeAttributes(id);
    return { id, name, kind };
  }

  private requireNode(id: string): void {
    if (!this.g.hasNode(id)) throw notFound(`node "${id}"`);
  }

  async counts(): Promise<GraphCounts> {
    return { nodes: this.g.order, relationships: this.g.size };
  }

  async graph(query: GraphQuery): Promise<GraphView> {
    const kinds = query.kinds && new Set<string>(query.kinds);
    const types = query.types && new Set<string>(query.types);
    const matching = this.byDegree.filter((id) => !kinds || kinds.has(this.g.getNodeAttribute(id, "kind")));
    const kept = new Set(matching.slice(0, query.limit));
    const relationships: GraphView["relationships"] = [];
    // Only the kept nodes' own edges are visited, so an overview of a big graph stays cheap.
    for (const node of kept) {
      this.g.forEachOutEdge(node, (id, attrs, source, target) => {
        if ((!types || types.has(attrs.type)) && kept.has(target)) {
          relationships.push({ id, type: attrs.type, source, target, sources: attrs.sources, ...annotations(attrs) });
        }
      });
    }
    return {
      nodes: [...kept].map((id) => this.ref(id)).sort(byId),
      relationships: relationships.sort(byId),
      truncated: matching.length > kept.size,
      totalNodes: matching.length,
    };
  }

  async node(id: string): Promise<NodeDetails> {
    this.requireNode(id);
    const { facts, ...core } = this.g.getNodeAttributes(id);
    const node: NodeFull = { ...facts, ...core };
    const relationships: NodeRelationship[] = [];
    this.g.forEachEdge(id, (relId, attrs, source, target) => {
      const out = source === id;
      relationships.push({
        id: relId,
        type: attrs.type,
        direction: out ? "out" : "in",
        node: this.ref(out ? target : source),
        sources: attrs.sources,
        ...annotations(attrs),
      });
    });
    relationships.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) || byId(a.node, b.node));
    return { node, relationships };
  }

  async nodes(ids: string[]): Promise<NodeDetails[]> {
    return Promise.all(ids.filter((id) => this.g.hasNode(id)).map((id) => this.node(id)));
  }

  async ancestors(id: string): Promise<IsaReach[]> {
    this.requireNode(id);
    return this.isaWalk(id, "up");
  }

  async descendants(id: string, limit: number): Promise<Descendants> {
    this.requireNode(id);
    const all = this.isaWalk(id, "down");
    return { items: all.slice(0, limit), total: all.length };
  }

  /**
   * Breadth-first over IS_A with each level in id order, so the first chain that reaches a node
   * is the lexicographically first of its shortest chains (read from the start outwards).
   */
  private isaWalk(start: string, direction: "up" | "down"): IsaReach[] {
    const chains = new Map<string, string[]>([[start, [start]]]);
    const found: IsaReach[] = [];
    let frontier = [start];
    for (let depth = 1; depth <= MAX_HOPS && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const node of frontier) {
        const step = new Set<string>();
        const collect = (_e: string, attrs: { type: string }, source: string, target: string) => {
          if (attrs.type === "IS_A") step.add(direction === "up" ? target : source);
        };
        if (direction === "up") this.g.forEachOutEdge(node, collect);
        else this.g.forEachInEdge(node, collect);
        for (const neighbor of [...step].sort()) {
          if (chains.has(neighbor)) continue;
          const chain = [...chains.get(node)!, neighbor];
          chains.set(neighbor, chain);
          next.push(neighbor);
          found.push({ ...this.ref(neighbor), depth, chain: direction === "up" ? chain : [...chain].reverse() });
        }
      }
      frontier = next;
    }
    return found.sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : 1));
  }

  async search({ q, limit }: SearchQuery): Promise<SearchResult[]> {
    return stagedSearch(q, limit, this.searchIndex.stages);
  }

  async paths(query: PathQuery): Promise<GraphPath[]> {
    this.requireNode(query.from);
    this.requireNode(query.to);
    const types = query.types && new Set<RelType>(query.types);
    const hopsOf = (node: string, direction: HopDirection): Hop[] => {
      const byNeighbor = new Map<string, string[]>();
      const add = (relId: string, neighbor: string) => {
        if (types && !types.has(this.g.getEdgeAttribute(relId, "type"))) return;
        const list = byNeighbor.get(neighbor) ?? [];
        list.push(relId);
        byNeighbor.set(neighbor, list);
      };
      if (direction !== "in") this.g.forEachOutEdge(node, (relId, _a, _s, target) => add(relId, target));
      if (direction !== "out") this.g.forEachInEdge(node, (relId, _a, source) => add(relId, source));
      return [...byNeighbor.entries()]
        .map(([neighbor, relIds]) => ({ neighbor, relIds: relIds.sort() }))
        .sort((a, b) => (a.neighbor < b.neighbor ? -1 : 1));
    };
    return findPaths(query, hopsOf)
      .map((p) => ({
        nodes: p.nodeIds.map((id) => this.ref(id)),
        relationships: p.relIds.map((id) => ({
          id,
          type: this.g.getEdgeAttribute(id, "type"),
          source: this.g.source(id),
          target: this.g.target(id),
          ...(this.g.getEdgeAttribute(id, "scope") === "some" ? { some: true as const } : {}),
        })),
      }))
      .sort(comparePaths);
  }
}
