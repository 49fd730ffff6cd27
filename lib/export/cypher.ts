// A Cypher script (for cypher-shell or Neo4j Browser) that makes an empty Neo4j hold this graph exactly as the seed
// loader writes it: the same constraints and indexes, the same node and relationship properties (search fields, degree,
// view rank, sources as the parallel lists `sourceIds` / `sourceSections`), the same ids. It reuses the loader's own
// statements (seed-queries.ts, seed-rows.ts), with each batch's rows written as a literal list instead of `$rows`.
// Sources get their id and title (the API does not expose the seed's article file paths).
import * as S from "../graph/neo4j/seed-queries";
import { nodeRow, relRow } from "../graph/neo4j/seed-rows";
import { KINDS, REL_TYPES } from "../graph/schema";
import type { FactValue, NodeFull } from "../graph/types";
import { citedSources, type ExportData, factsOf, relExtras } from "./export-data";

const BATCH = 200;

/** Cypher literals. Numbers are floats, as the driver sends JavaScript numbers; the loader casts `degree` itself. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") {
    return `'${value.replace(/[\\'\n\r\t]/g, (c) => ({ "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!)}'`;
  }
  if (typeof value === "number") return Number.isInteger(value) ? `${value}.0` : String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, "``")}\``}: ${cypherLiteral(v)}`).join(", ")}}`;
}

/** Fields a relationship gains in a later version: primitives and lists of them as they are, anything else as JSON. */
const isPrimitive = (v: unknown) => ["string", "number", "boolean"].includes(typeof v);
const asProperty = (v: unknown) => (isPrimitive(v) || (Array.isArray(v) && v.every(isPrimitive)) ? v : JSON.stringify(v));

const ROWS = "UNWIND $rows AS row";
/** A loader statement with its batch inline. */
const withRows = (statement: string, rows: unknown[]) => `${statement.trim().replace(ROWS, `UNWIND ${cypherLiteral(rows)} AS row`)};\n`;

function inBatches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

const seedNode = (node: NodeFull) => ({
  id: node.id,
  name: node.name,
  kind: node.kind,
  aliases: node.aliases,
  summary: node.summary,
  facts: Object.fromEntries(factsOf(node)) as Record<string, FactValue>,
});

export async function* cypher(view: ExportData): AsyncGenerator<string> {
  yield "// AI Concepts Explorer: run in an empty Neo4j 5 database, e.g. cypher-shell -f ai-concepts.cypher\n";
  yield "// Every statement is idempotent (MERGE on ids), so running it twice changes nothing.\n";
  for (const statement of S.SCHEMA) yield `${statement.trim()};\n`;
  yield `${S.AWAIT_INDEXES};\n`;

  for (const batch of inBatches(citedSources(view.relationships))) yield withRows(S.UPSERT_SOURCES, batch);

  const degree = new Map<string, number>();
  for (const rel of view.relationships) for (const end of [rel.source, rel.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const degreeOf = (id: string) => degree.get(id) ?? 0;
  const ids: string[] = [];
  for await (const page of view.nodePages()) {
    for (const kind of KINDS) {
      const rows = page.filter((n) => n.kind === kind).map((n) => nodeRow(seedNode(n), degreeOf(n.id)));
      for (const batch of inBatches(rows)) yield withRows(S.upsertNodes(kind), batch);
    }
    ids.push(...page.map((n) => n.id));
  }

  // The loader's rank: degree, then id (seed-rows.ts).
  ids.sort((a, b) => degreeOf(b) - degreeOf(a) || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(ids.map((id, i) => [id, i]));
  for (const type of REL_TYPES) {
    const rows = view.relationships
      .filter((r) => r.type === type)
      .map((r) => {
        const row = relRow({ from: r.source, type, to: r.target, sources: r.sources, scope: r.scope, note: r.note }, (id) => rank.get(id)!);
        return { from: row.from, to: row.to, props: { ...row.props, ...Object.fromEntries(relExtras(r).map(([k, v]) => [k, asProperty(v)])) } };
      });
    for (const batch of inBatches(rows)) yield withRows(S.upsertRels(type), batch);
  }
}
