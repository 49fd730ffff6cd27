// Links to /api/export for the explorer's Data menu: the whole graph, or what the view shows. A view that only hides
// kinds or types is described by those filters (a short, shareable URL); any other (the start map, a focus, a path,
// an overview of a large graph) by the ids of the nodes on screen, unless they would not fit in a URL.
import { KINDS, REL_TYPES, type Kind, type RelType } from "@/lib/graph/schema";
import type { CsvPart, ExportFormat } from "@/lib/export/formats";
import type { ViewState } from "./view-state";

export interface ExportScope {
  kinds?: Kind[];
  types?: RelType[];
  ids?: string[];
}

/** The URL budget left for ids (the API refuses URLs over 8192 characters). */
const MAX_IDS_LENGTH = 7000;

export const EXPORT_CHOICES: { format: ExportFormat; part?: CsvPart; label: string; hint: string }[] = [
  { format: "graphml", label: "GraphML", hint: "Gephi, yEd, Cytoscape, NetworkX" },
  { format: "gexf", label: "GEXF", hint: "Gephi" },
  { format: "jsonld", label: "JSON-LD", hint: "linked data (SKOS, Dublin Core, schema.org)" },
  { format: "turtle", label: "Turtle", hint: "RDF stores" },
  { format: "csv", part: "nodes", label: "CSV: nodes", hint: "spreadsheets" },
  { format: "csv", part: "relationships", label: "CSV: relationships", hint: "spreadsheets" },
  { format: "cypher", label: "Cypher", hint: "a script that rebuilds the graph in Neo4j" },
];

const hiddenFilter = (view: ViewState): ExportScope => ({
  ...(view.hideKinds.length ? { kinds: KINDS.filter((k) => !view.hideKinds.includes(k)) } : {}),
  ...(view.hideTypes.length ? { types: REL_TYPES.filter((t) => !view.hideTypes.includes(t)) } : {}),
});

export function viewScope(view: ViewState, shown: ReadonlySet<string>, truncated: boolean): ExportScope {
  const onlyHides = view.map === "all" && view.focus.length === 0 && !view.path && !truncated;
  if (onlyHides) return hiddenFilter(view);
  const ids = [...shown].sort();
  if (ids.length > 0 && ids.join(",").length <= MAX_IDS_LENGTH) return { ids, ...(view.hideTypes.length ? { types: hiddenFilter(view).types } : {}) };
  return hiddenFilter(view);
}

export function exportHref(format: ExportFormat, scope: ExportScope, part?: CsvPart): string {
  const params = new URLSearchParams({ format });
  if (part) params.set("part", part);
  if (scope.kinds) params.set("kinds", scope.kinds.join(","));
  if (scope.types) params.set("types", scope.types.join(","));
  if (scope.ids) params.set("ids", scope.ids.join(","));
  // Commas stay readable in a copied link.
  return `/api/export?${params.toString().replace(/%2C/g, ",")}`;
}
