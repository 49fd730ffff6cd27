// Reads an export back the way its users would: the route handler's streamed body, then the format's usual parser.
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { MultiDirectedGraph } from "graphology";
import jsonld, { type JsonLdDocument } from "jsonld";
import type { RemoteDocument } from "jsonld/jsonld-spec";
import { Parser, type Quad } from "n3";

type RouteModule = Record<string, unknown>;

export async function fetchExport(mod: RouteModule, url: string) {
  const handler = mod.GET as (req: Request, ctx: unknown) => Promise<Response>;
  const response = await handler(new Request(new URL(url, "http://localhost")), { params: Promise.resolve({}) });
  let chunks = 0;
  let text = "";
  if (response.body) {
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks++;
      text += decoder.decode(next.value, { stream: true });
    }
    text += decoder.decode();
  }
  return { status: response.status, headers: response.headers, text, chunks };
}

export const readGraphml = (text: string) => parseGraphml(MultiDirectedGraph, text);
export const readGexf = (text: string) => parseGexf(MultiDirectedGraph, text);
export const readTurtle = (text: string): Quad[] => new Parser({ format: "text/turtle" }).parse(text);

/** Expands the JSON-LD (its context fetched from the context route) and turns it into quads with n3. */
export async function readJsonld(text: string, contextRoute: RouteModule) {
  const documentLoader = async (url: string): Promise<RemoteDocument> => {
    if (!url.endsWith("/api/export/context.jsonld")) throw new Error(`unexpected remote document ${url}`);
    const { text: body } = await fetchExport(contextRoute, url);
    return { contextUrl: undefined, documentUrl: url, document: JSON.parse(body) as RemoteDocument["document"] };
  };
  const doc = JSON.parse(text) as JsonLdDocument;
  const expanded = await jsonld.expand(doc, { documentLoader });
  const nquads = (await jsonld.toRDF(doc, { format: "application/n-quads", documentLoader })) as unknown as string;
  return { expanded, quads: new Parser({ format: "application/n-quads" }).parse(nquads) };
}

/** A minimal RFC 4180 reader (quoted cells, doubled quotes, CRLF). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}
