// CSV (RFC 4180, UTF-8, header row, CRLF): one file of nodes and one of relationships. Lists are joined with "|",
// facts are one JSON object; relationships' extra fields (if any) follow as their own columns.
import type { CsvPart } from "./formats";
import { type ExportData, factsOf, plain, relExtraKeys, relExtras } from "./export-data";

export const NODE_COLUMNS = ["id", "name", "kind", "aliases", "summary", "facts"] as const;
export const RELATIONSHIP_COLUMNS = ["id", "type", "source", "target", "scope", "note", "sources", "sourceSections"] as const;

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const row = (values: string[]) => `${values.map(cell).join(",")}\r\n`;

export async function* csv(view: ExportData, part: CsvPart): AsyncGenerator<string> {
  if (part === "nodes") {
    yield row([...NODE_COLUMNS]);
    for await (const page of view.nodePages()) {
      for (const n of page) {
        const facts = factsOf(n);
        yield row([n.id, n.name, n.kind, n.aliases.join("|"), n.summary, facts.length ? JSON.stringify(Object.fromEntries(facts)) : ""]);
      }
    }
    return;
  }
  const extraKeys = relExtraKeys(view.relationships);
  yield row([...RELATIONSHIP_COLUMNS, ...extraKeys]);
  for (const r of view.relationships) {
    const extra = new Map(relExtras(r));
    yield row([
      r.id,
      r.type,
      r.source,
      r.target,
      r.scope ?? "",
      r.note ?? "",
      r.sources.map((s) => s.id).join("|"),
      r.sources.map((s) => s.section ?? "").join("|"),
      ...extraKeys.map((k) => (extra.has(k) ? plain(extra.get(k)) : "")),
    ]);
  }
}
