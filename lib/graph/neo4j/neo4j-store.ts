import neo4j from "neo4j-driver";
import { notFound } from "../errors";
import { compactKey, spacedKey } from "../search-rank";
import type {
  Descendants,
  GraphCounts,
  GraphPath,
  GraphQuery,
  GraphStore,
  GraphView,
  IsaReach,
  NodeDetails,
  NodeRef,
  PathQuery,
  SearchQuery,
  SearchResult,
} from "../types";
import * as Q from "./queries";
import { reshapeNode, reshapeSources, titleMap, type StoredRel } from "./reshape";
import { runRead, type ReadContext } from "./run-read";

type Titles = [string, string][];

/** The store on a real Neo4j: the same answers as the embedded store, computed in Cypher. */
export class Neo4jStore implements GraphStore {
  readonly backend = "neo4j" as const;

  constructor(private readonly ctx: ReadContext) {}

  private read<T>(cypher: string, params?: Record<string, unknown>) {
    return runRead<T>(this.ctx, cypher, params);
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.read<GraphCounts>(Q.COUNTS);
    return row;
  }

  async graph(query: GraphQuery): Promise<GraphView> {
    const [kept] = await this.read<{ nodes: NodeRef[]; total: number }>(Q.GRAPH_NODES, {
      kinds: query.kinds ?? null,
      limit: neo4j.int(query.limit),
    });
    const ids = kept.nodes.map((n) => n.id);
    const [{ rels, titles }] = await this.read<{ rels: (StoredRel & { source: string; target: string })[]; titles: Titles }>(
      Q.graphRelationships(query.types),
      { ids },
    );
    const byTitle = titleMap(titles);
    return {
      nodes: [...kept.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      relationships: rels.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, ...reshapeSources(r, byTitle) })),
      truncated: kept.total > kept.nodes.length,
      totalNodes: kept.total,
    };
  }

  async node(id: string): Promise<NodeDetails> {
    const [details] = await this.nodes([id]);
    if (!details) throw notFound(`node "${id}"`);
    return details;
  }

  async nodes(ids: string[]): Promise<NodeDetails[]> {
    if (ids.length === 0) return [];
    type Row = { details: { props: Record<string, unknown>; rels: (StoredRel & { out: boolean; node: NodeRef })[] }[]; titles: Titles };
    const rows = await this.read<Row>(Q.NODE_DETAILS, { ids });
    if (rows.length === 0) return [];
    const byTitle = titleMap(rows[0].titles);
    return rows[0].details.map(({ props, rels }) => ({
      node: reshapeNode(props),
      relationships: rels.map((r) => ({
        id: r.id,
        type: r.type,
        direction: r.out ? ("out" as const) : ("in" as const),
        node: r.node,
        ...reshapeSources(r, byTitle),
      })),
    }));
  }

  async ancestors(id: string): Promise<IsaReach[]> {
    await this.node(id);
    return this.read<IsaReach>(Q.ANCESTORS, { id });
  }

  async descendants(id: string, limit: number): Promise<Descendants> {
    await this.node(id);
    const [row] = await this.read<Descendants>(Q.DESCENDANTS, { id, limit: neo4j.int(limit) });
    return row;
  }

  async search({ q, limit }: SearchQuery): Promise<SearchResult[]> {
    const spaced = spacedKey(q);
    if (spaced === "") return [];
    return this.read<SearchResult>(Q.SEARCH, { q: spaced, qc: compactKey(spaced), limit: neo4j.int(limit) });
  }

  async paths(query: PathQuery): Promise<GraphPath[]> {
    const [ends] = await this.read<{ from: NodeRef | null; to: NodeRef | null }>(Q.ENDPOINTS, { from: query.from, to: query.to });
    if (!ends.from) throw notFound(`node "${query.from}"`);
    if (!ends.to) throw notFound(`node "${query.to}"`);
    if (query.from === query.to) return [{ nodes: [ends.from], relationships: [] }];

    const params = { from: query.from, to: query.to };
    const shortest = await this.read<GraphPath>(Q.shortestPaths(query.types, query.directed, query.maxHops), {
      ...params,
      limit: neo4j.int(query.limit),
    });
    if (query.mode === "shortest" || shortest.length === 0) return shortest;

    // Longer simple paths, one length at a time, until the limit is filled.
    const paths: GraphPath[] = [];
    for (let length = shortest[0].relationships.length; length <= query.maxHops && paths.length < query.limit; length++) {
      paths.push(
        ...(await this.read<GraphPath>(Q.simplePathsOfLength(query.types, query.directed, length), {
          ...params,
          limit: neo4j.int(query.limit - paths.length),
        })),
      );
    }
    return paths;
  }
}

