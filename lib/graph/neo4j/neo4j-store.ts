import neo4j from "neo4j-driver";
import { notFound } from "../errors";
import { stagedSearch, type SearchCandidate } from "../search-stages";
import type {
  Descendants,
  GraphCounts,
  GraphPath,
  PathStep,
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
import { fulltextStages } from "./fulltext";
import * as Q from "./queries";
import type { SourceInfo } from "../annotations";
import { reshapeNode, reshapeSources, titleMap, type StoredNode, type StoredRel } from "./reshape";
import { runRead, type ReadContext } from "./run-read";

type Titles = [string, string, string | null][];
/** A path as the queries return it: `some` is false or null where the relationship is not scoped "some". */
type StoredPath = { nodes: NodeRef[]; relationships: (Omit<PathStep, "some"> & { some: boolean | null })[] };

const reshapePath = (p: StoredPath): GraphPath => ({
  nodes: p.nodes,
  relationships: p.relationships.map(({ some, ...step }) => (some ? { ...step, some: true as const } : step)),
});
type DetailRel = StoredRel & { out: boolean; node: NodeRef };

function reshapeDetails(node: StoredNode, rels: DetailRel[], byTitle: Map<string, SourceInfo>): NodeDetails {
  return {
    node: reshapeNode(node),
    relationships: rels.map((r) => ({
      id: r.id,
      type: r.type,
      direction: r.out ? ("out" as const) : ("in" as const),
      node: r.node,
      ...reshapeSources(r, byTitle),
    })),
  };
}

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
    // Without a kind filter the kept nodes are the first $limit in the seed's rank order (seed-rows.ts).
    const [{ rels, titles }] = await this.read<{ rels: (StoredRel & { source: string; target: string })[]; titles: Titles }>(
      query.kinds ? Q.graphRelationships(query.types) : Q.rankedRelationships(query.types),
      query.kinds ? { ids } : { limit: neo4j.int(query.limit) },
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
    const [row] = await this.read<{ node: StoredNode; rels: DetailRel[]; titles: Titles }>(Q.NODE_DETAIL, { id });
    if (!row) throw notFound(`node "${id}"`);
    return reshapeDetails(row.node, row.rels, titleMap(row.titles));
  }

  async nodes(ids: string[]): Promise<NodeDetails[]> {
    if (ids.length === 0) return [];
    type Row = { details: { node: StoredNode; rels: DetailRel[] }[]; titles: Titles };
    const rows = await this.read<Row>(Q.NODE_DETAILS, { ids });
    if (rows.length === 0) return [];
    const byTitle = titleMap(rows[0].titles);
    return rows[0].details.map(({ node, rels }) => reshapeDetails(node, rels, byTitle));
  }

  async ancestors(id: string): Promise<IsaReach[]> {
    const [row] = await this.read<{ found: boolean; items: IsaReach[] }>(Q.ANCESTORS, { id });
    if (!row.found) throw notFound(`node "${id}"`);
    return row.items;
  }

  async descendants(id: string, limit: number): Promise<Descendants> {
    const [row] = await this.read<Descendants & { found: boolean }>(Q.DESCENDANTS, { id, limit: neo4j.int(limit) });
    if (!row.found) throw notFound(`node "${id}"`);
    return { items: row.items, total: row.total };
  }

  /** Candidates from the full-text index, ranked by the rules the embedded store uses. */
  private readonly searchStages = fulltextStages((query) => this.read<SearchCandidate>(Q.SEARCH_CANDIDATES, { query }));

  async search({ q, limit }: SearchQuery): Promise<SearchResult[]> {
    return stagedSearch(q, limit, this.searchStages);
  }

  async paths(query: PathQuery): Promise<GraphPath[]> {
    const [ends] = await this.read<{ from: NodeRef | null; to: NodeRef | null }>(Q.ENDPOINTS, { from: query.from, to: query.to });
    if (!ends.from) throw notFound(`node "${query.from}"`);
    if (!ends.to) throw notFound(`node "${query.to}"`);
    if (query.from === query.to) return [{ nodes: [ends.from], relationships: [] }];

    const params = { from: query.from, to: query.to };
    const shortest = (
      await this.read<StoredPath>(Q.shortestPaths(query.types, query.directed, query.maxHops), {
        ...params,
        limit: neo4j.int(query.limit),
      })
    ).map(reshapePath);
    if (query.mode === "shortest" || shortest.length === 0) return shortest;

    // Longer simple paths, one length at a time, until the limit is filled.
    const paths: GraphPath[] = [];
    for (let length = shortest[0].relationships.length; length <= query.maxHops && paths.length < query.limit; length++) {
      paths.push(
        ...(
          await this.read<StoredPath>(Q.simplePathsOfLength(query.types, query.directed, length), {
            ...params,
            limit: neo4j.int(query.limit - paths.length),
          })
        ).map(reshapePath),
      );
    }
    return paths;
  }
}

