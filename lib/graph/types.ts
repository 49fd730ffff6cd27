import type { Kind, RelType } from "./schema";

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
}

export interface GraphRelationship {
  id: string;
  type: RelType;
  source: string;
  target: string;
  sources: SourceRef[];
  note?: string;
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
  note?: string;
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

export interface GraphStore {
  readonly backend: "memory" | "neo4j";
  counts(): Promise<GraphCounts>;
  graph(query: GraphQuery): Promise<GraphView>;
  node(id: string): Promise<NodeDetails>;
  search(query: SearchQuery): Promise<SearchResult[]>;
  paths(query: PathQuery): Promise<GraphPath[]>;
}
