import type { NodeDetails, NodeFull, NodeRelationship, SourceRef } from "./types";

/** One cited place: an article, and the section of it when the curator named one. */
export interface Citation {
  source: string;
  section?: string;
}

export type WireRelationship = Omit<NodeRelationship, "sources" | "disputedBy"> & {
  /** Indexes into `citations`. */
  cites: number[];
  /** The sources that dispute it, as indexes into `citations`, each with what it says instead. */
  disputes?: { cite: number; note: string }[];
};

/**
 * Node details as `/api/nodes/{id}` sends them: each article's title once, each cited section once, and the
 * relationships pointing at them. A hub's details repeat a handful of articles hundreds of times otherwise.
 */
export interface DetailsWire {
  node: NodeFull;
  sources: Record<string, { title: string; published?: string }>;
  citations: Citation[];
  relationships: WireRelationship[];
}

export function packDetails(details: NodeDetails): DetailsWire {
  const sources: DetailsWire["sources"] = {};
  const citations: Citation[] = [];
  const indexOf = new Map<string, number>();
  const cite = (s: SourceRef): number => {
    sources[s.id] ??= s.published ? { title: s.title, published: s.published } : { title: s.title };
    const key = `${s.id}\u0000${s.section ?? ""}`;
    let at = indexOf.get(key);
    if (at === undefined) {
      at = citations.push(s.section === undefined ? { source: s.id } : { source: s.id, section: s.section }) - 1;
      indexOf.set(key, at);
    }
    return at;
  };
  const relationships = details.relationships.map(({ sources: cited, disputedBy, ...rest }) => ({
    ...rest,
    cites: cited.map(cite),
    ...(disputedBy ? { disputes: disputedBy.map((d) => ({ cite: cite(d.source), note: d.note })) } : {}),
  }));
  return { node: details.node, sources, citations, relationships };
}

/** The inverse of packDetails; a citation of an unknown index or article is a malformed answer, not a blank row. */
export function unpackDetails(wire: DetailsWire): NodeDetails {
  const refs: SourceRef[] = wire.citations.map((c) => {
    const source = wire.sources[c.source];
    if (!source) throw new Error(`details cite an unknown source "${c.source}"`);
    return {
      id: c.source,
      title: source.title,
      ...(c.section === undefined ? {} : { section: c.section }),
      ...(source.published ? { published: source.published } : {}),
    };
  });
  const refAt = (i: number) => {
    const ref = refs[i];
    if (!ref) throw new Error(`details cite citation ${i}, which is not in the answer`);
    return ref;
  };
  const relationships = wire.relationships.map(({ cites, disputes, ...rest }) => ({
    ...rest,
    sources: cites.map(refAt),
    ...(disputes ? { disputedBy: disputes.map((d) => ({ source: refAt(d.cite), note: d.note })) } : {}),
  }));
  return { node: wire.node, relationships };
}
