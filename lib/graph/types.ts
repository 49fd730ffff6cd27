import type { Kind, RelType, Scope } from "./schema";

export type FactValue = string | number | boolean | string[];

export interface NodeRef {
  id: string;
  name: string;
  kind: Kind;
}

export interface NodeFull extends NodeRef {
  aliases: string[];
  summary: string;
  [fact: string]: FactValue;
}

export interface SourceRef {
  id: string;
  title: string;
  section?: string;
  /** The article's date as it gives it ("2025", "2025-03"), when it gives one. */
  published?: string;
}

/** A source that disputes a claim, and what it says instead (in our words). */
export interface Dispute {
  source: SourceRef;
  note: string;
}

export interface GraphRelationship {
  id: string;
  type: RelType;
  source: string;
  target: string;
  sources: SourceRef[];
  /** Set when the curator marked it; unmarked statements count as "some" (see lib/graph/semantics.ts). */
  scope?: Scope;
  note?: string;
  /** Sources that disagree with this claim; the claim is kept and every answer says so. */
  disputedBy?: Dispute[];
  /** A claim about the future (\"expected mid-2025\"). */
  forecast?: true;
}

export interface GraphView {
  nodes: NodeRef[];
  relationships: GraphRelationship[];
  truncated: boolean;
  /** How many nodes matched the filters before the limit. */
  totalNodes: number;
}

export interface NodeRelationship {
  id: string;
  type: RelType;
  direction: "out" | "in";
  node: NodeRef;
  sources: SourceRef[];
  scope?: Scope;
  note?: string;
  /** Sources that disagree with this claim; the claim is kept and every answer says so. */
  disputedBy?: Dispute[];
  /** A claim about the future (\"expected mid-2025\"). */
  forecast?: true;
}

export interface NodeDetails {
  node: NodeFull;
  relationships: NodeRelationship[];
}

export interface SearchResult extends NodeRef {
  matched: string;
}

export interface PathStep {
  id: string;
  type: RelType;
  source: string;
  target: string;
  /** The relationship holds for some of its source's members only: a path through it says "some". */
  some?: true;
}

export interface GraphPath {
  nodes: NodeRef[];
  relationships: PathStep[];
}

export interface GraphQuery {
  kinds?: Kind[];
  types?: RelType[];
  limit: number;
}

export interface SearchQuery {
  q: string;
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  types?: RelType[];
  directed: boolean;
  maxHops: number;
  mode: "shortest" | "all";
  limit: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** A node reached over IS_A, with the lexicographically first shortest chain of ids that reaches it. */
export interface IsaReach extends NodeRef {
  depth: number;
  /** Node ids from the child end to the parent end: for ancestors [start, …, ancestor], for descendants [descendant, …, start]. */
  chain: string[];
}

export interface Descendants {
  items: IsaReach[];
  total: number;
}

export interface GraphStore {
  readonly backend: "memory" | "neo4j";
  counts(): Promise<GraphCounts>;
  graph(query: GraphQuery): Promise<GraphView>;
  node(id: string): Promise<NodeDetails>;
  search(query: SearchQuery): Promise<SearchResult[]>;
  paths(query: PathQuery): Promise<GraphPath[]>;
  /** Details of several nodes at once, in the order asked; unknown ids are left out. */
  nodes(ids: string[]): Promise<NodeDetails[]>;
  /** Every IS_A ancestor within MAX_HOPS, by depth then id. */
  ancestors(id: string): Promise<IsaReach[]>;
  /** IS_A descendants within MAX_HOPS, by depth then id, the first `limit` of `total`. */
  descendants(id: string, limit: number): Promise<Descendants>;
}
