// One entry point for the export route: the format's serialiser over a view.
import { csv } from "./csv";
import { cypher } from "./cypher";
import type { ExportData } from "./export-data";
import type { CsvPart, ExportFormat } from "./formats";
import { gexf } from "./gexf";
import { graphml } from "./graphml";
import { jsonld } from "./jsonld";
import { turtle } from "./turtle";

export interface SerialiseOptions {
  part: CsvPart;
  /** Where the JSON-LD context is published (`/api/export/context.jsonld` on the serving host). */
  contextUrl: string;
}

export function serialise(format: ExportFormat, view: ExportData, options: SerialiseOptions): AsyncGenerator<string> {
  switch (format) {
    case "graphml":
      return graphml(view);
    case "gexf":
      return gexf(view);
    case "jsonld":
      return jsonld(view, options.contextUrl);
    case "turtle":
      return turtle(view);
    case "csv":
      return csv(view, options.part);
    case "cypher":
      return cypher(view);
  }
}
