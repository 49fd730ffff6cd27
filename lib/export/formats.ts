// The export formats: what each is called in the URL, its media type and the name a download gets.
export const EXPORT_FORMATS = ["graphml", "gexf", "jsonld", "turtle", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_PARTS = ["nodes", "relationships"] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
  turtle: "text/turtle; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  cypher: "application/x-cypher-query; charset=utf-8",
};

const EXTENSIONS: Record<ExportFormat, string> = {
  graphml: "graphml",
  gexf: "gexf",
  jsonld: "jsonld",
  turtle: "ttl",
  csv: "csv",
  cypher: "cypher",
};

/** `ai-concepts.graphml`, `ai-concepts-nodes.csv`; a view (filtered) export says so in its name. */
export function downloadName(format: ExportFormat, part: CsvPart | undefined, isView: boolean): string {
  const stem = ["ai-concepts", isView ? "view" : null, format === "csv" ? part ?? "nodes" : null].filter(Boolean).join("-");
  return `${stem}.${EXTENSIONS[format]}`;
}
