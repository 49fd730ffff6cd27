import neo4j, { type Driver } from "neo4j-driver";
import { KINDS, REL_TYPES } from "../schema";
import type { Seed } from "../seed/seed-types";
import * as S from "./seed-queries";
import { fingerprint, seedRows } from "./seed-rows";
import { toNative } from "./to-native";

const BATCH = 500;

export interface Tally {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export interface SeedSummary {
  sources: Tally;
  nodes: Tally;
  relationships: Tally;
}

interface Stored {
  id: string;
  fingerprint: string;
}

/** Splits the wanted rows into what to write (new or different) and what to delete. */
function diff<T extends { id: string }>(rows: T[], fingerprintOf: (row: T) => string, existing: Stored[]) {
  const before = new Map(existing.map((e) => [e.id, e.fingerprint]));
  const wanted = new Set(rows.map((r) => r.id));
  const created = rows.filter((r) => !before.has(r.id));
  const updated = rows.filter((r) => before.has(r.id) && before.get(r.id) !== fingerprintOf(r));
  const deleted = existing.map((e) => e.id).filter((id) => !wanted.has(id));
  const tally: Tally = {
    created: created.length,
    updated: updated.length,
    deleted: deleted.length,
    unchanged: rows.length - created.length - updated.length,
  };
  return { write: [...created, ...updated], deleted, tally };
}

/**
 * Makes the database equal to the seed: writes what is new or differs from what is stored,
 * removes what the seed no longer has, and never touches nodes without our labels. Every
 * batch is its own transaction, so an interrupted run leaves a partial state the next run completes.
 */
export async function writeSeed(driver: Driver, database: string, seed: Seed, log: (line: string) => void): Promise<SeedSummary> {
  const write = (cypher: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, params, { database, routing: neo4j.routing.WRITE });
  const stored = async (cypher: string): Promise<Stored[]> =>
    (await driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.READ })).records.map((r) => {
      const { id, props, labels } = toNative(r.toObject()) as { id: string; props: Record<string, unknown>; labels: string[] };
      return { id, fingerprint: fingerprint(props, labels) };
    });
  const inBatches = async <T>(label: string, rows: T[], run: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await run(rows.slice(i, i + BATCH));
      log(`  ${label}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
    }
  };

  log("Schema: constraints and indexes");
  for (const statement of S.SCHEMA) await write(statement);
  await write(S.AWAIT_INDEXES);

  const rows = seedRows(seed);
  const sources = diff(rows.sources, (r) => fingerprint(r), await stored(S.EXISTING_SOURCES));
  const nodes = diff(rows.nodes, (r) => fingerprint(r, ["Concept", r.kind]), await stored(S.EXISTING_NODES));
  const rels = diff(rows.relationships, (r) => fingerprint(r.props, [r.type, r.from, r.to]), await stored(S.EXISTING_RELS));

  await inBatches("sources written", sources.write, (batch) => write(S.UPSERT_SOURCES, { rows: batch }));
  for (const kind of KINDS) {
    const ofKind = nodes.write.filter((n) => n.kind === kind);
    await inBatches(`${kind} nodes written`, ofKind, (batch) => write(S.upsertNodes(kind), { rows: batch }));
  }
  for (const type of REL_TYPES) {
    const ofType = rels.write.filter((r) => r.type === type);
    await inBatches(`${type} relationships written`, ofType, (batch) => write(S.upsertRels(type), { rows: batch }));
  }
  await inBatches("stale relationships deleted", rels.deleted, (ids) => write(S.DELETE_RELS, { ids }));
  await inBatches("stale nodes deleted", nodes.deleted, (ids) => write(S.DELETE_NODES, { ids }));
  await inBatches("stale sources deleted", sources.deleted, (ids) => write(S.DELETE_SOURCES, { ids }));

  return { sources: sources.tally, nodes: nodes.tally, relationships: rels.tally };
}
