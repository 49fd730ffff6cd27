// What a relationship carries besides its ends, and how a cited source is described, built one
// way for both stores so that their answers stay identical.
import type { Scope } from "./schema";
import type { Dispute, SourceRef } from "./types";

/** What the store knows of an article: its title and, when the article gives one, its date. */
export interface SourceInfo {
  title: string;
  published?: string;
}

export function sourceRef(id: string, section: string | undefined, info: Map<string, SourceInfo>): SourceRef {
  const known = info.get(id);
  return {
    id,
    title: known?.title ?? id,
    ...(section ? { section } : {}),
    ...(known?.published ? { published: known.published } : {}),
  };
}

/** The optional fields of a relationship, present only when the curator set them. */
export interface Annotations {
  scope?: Scope;
  note?: string;
  disputedBy?: Dispute[];
  forecast?: true;
}

export function annotations(a: { scope?: Scope | null; note?: string | null; disputedBy?: Dispute[] | null; forecast?: boolean | null }): Annotations {
  return {
    ...(a.scope ? { scope: a.scope } : {}),
    ...(a.note ? { note: a.note } : {}),
    ...(a.disputedBy && a.disputedBy.length > 0 ? { disputedBy: a.disputedBy } : {}),
    ...(a.forecast ? { forecast: true as const } : {}),
  };
}
