// Every claim the articles disagree about, with both sides: what the graph records and who says
// otherwise. The list a reader opens to see where the sources part ways.
import { MAX_GRAPH_LIMIT } from "../limits";
import { relPhrase } from "../phrases";
import type { Dispute, GraphStore, NodeRef, SourceRef } from "../types";

export interface ContestedClaim {
  id: string;
  subject: NodeRef;
  /** "has the limitation", "is a", "generates". */
  phrase: string;
  object: NodeRef;
  /** The articles that make the claim. */
  sources: SourceRef[];
  disputedBy: Dispute[];
  note?: string;
}

export interface ContestedList {
  claims: ContestedClaim[];
  /** The graph was larger than one read: claims among the nodes left out are not listed. */
  truncated: boolean;
}

export async function contestedClaims(store: GraphStore): Promise<ContestedList> {
  const view = await store.graph({ limit: MAX_GRAPH_LIMIT });
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const claims = view.relationships
    .filter((r) => r.disputedBy && r.disputedBy.length > 0)
    .map((r) => ({
      id: r.id,
      subject: byId.get(r.source)!,
      phrase: relPhrase(r.type, "out"),
      object: byId.get(r.target)!,
      sources: r.sources,
      disputedBy: r.disputedBy!,
      ...(r.note ? { note: r.note } : {}),
    }))
    .sort((a, b) => (a.subject.name < b.subject.name ? -1 : a.subject.name > b.subject.name ? 1 : a.id < b.id ? -1 : 1));
  return { claims, truncated: view.truncated };
}
