// The seed loader's Cypher. Labels and types come from the allow-list only.
import { KINDS, type Kind, type RelType, REL_TYPES } from "../schema";
import { FULLTEXT_INDEX } from "./fulltext";

export const SCHEMA = [
  "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
  "CREATE INDEX concept_kind IF NOT EXISTS FOR (n:Concept) ON (n.kind)",
  // /api/graph reads the best-connected nodes in this index's order.
  "CREATE INDEX concept_degree IF NOT EXISTS FOR (n:Concept) ON (n.degree)",
  // Search candidates; every key and word one term (see fulltext.ts). Updated within each write transaction.
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Concept) ON EACH [n.searchCompact, n.searchWords]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`,
  ...REL_TYPES.map((t) => `CREATE INDEX rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`),
  // An unfiltered /api/graph finds its relationships here (seed-rows.ts, relRow).
  ...REL_TYPES.map((t) => `CREATE INDEX rel_${t.toLowerCase()}_view_rank IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.viewRank)`),
];

/** A new index fills in the background; reads must not start before it is online. */
export const AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

const ALL_TYPES = REL_TYPES.join("|");

export const EXISTING_NODES = `MATCH (n:Concept) RETURN n.id AS id, properties(n) AS props, labels(n) AS labels`;
export const EXISTING_RELS = `
MATCH (a:Concept)-[r:${ALL_TYPES}]->(b:Concept)
RETURN r.id AS id, properties(r) AS props, [type(r), a.id, b.id] AS labels`;
export const EXISTING_SOURCES = `MATCH (s:Source) RETURN s.id AS id, properties(s) AS props, [] AS labels`;

export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row`;

/** One kind per batch, so the label is a literal from the allow-list; stale kind labels go. */
export const upsertNodes = (kind: Kind) => {
  if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  return `
UNWIND $rows AS row
MERGE (n:Concept {id: row.id})
SET n = row, n.degree = toInteger(row.degree)
REMOVE n:${KINDS.join(":")}
SET n:${kind}`;
};

export const upsertRels = (type: RelType) => {
  if (!REL_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return `
UNWIND $rows AS row
MATCH (a:Concept {id: row.from}), (b:Concept {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props`;
};

export const DELETE_RELS = `
UNWIND $ids AS id
MATCH (:Concept)-[r:${ALL_TYPES}]->(:Concept) WHERE r.id = id
DELETE r`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n:Concept {id: id})
DETACH DELETE n`;

export const DELETE_SOURCES = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
DELETE s`;
