// Every Cypher read the Neo4j store runs. Values are always parameters; only relationship
// types from the allow-list and validated hop counts are ever written into the text.
import { MAX_HOPS } from "../limits";
import { REL_TYPES, type RelType } from "../schema";
import { FULLTEXT_INDEX } from "./fulltext";

/** `:IS_A|BUILT_ON`, from the allow-list only; no filter means all of our types. */
export function typePattern(types: readonly RelType[] | undefined): string {
  const list = (types ?? REL_TYPES).filter((t) => (REL_TYPES as readonly string[]).includes(t));
  return `:${list.join("|")}`;
}

function hops(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_HOPS) throw new Error(`hop count out of range: ${n}`);
  return String(n);
}

const SOURCE_TITLES = `CALL () { MATCH (s:Source) RETURN collect([s.id, s.title, s.published]) AS titles }`;

export const COUNTS = `
CALL () { MATCH (n:Concept) RETURN count(n) AS nodes }
CALL () { MATCH (:Concept)-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/**
 * The kept nodes: best-connected first, so a limit keeps an overview of the hubs. The degree is
 * written by the seed loader; its index gives the order, so only the first $limit nodes are read.
 */
export const GRAPH_NODES = `
CALL () {
  MATCH (n:Concept)
  WHERE n.degree IS NOT NULL AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n ORDER BY n.degree DESC, n.id ASC
  LIMIT $limit
  RETURN collect(n {.id, .name, .kind}) AS nodes
}
CALL () {
  MATCH (n:Concept)
  WHERE $kinds IS NULL OR n.kind IN $kinds
  RETURN count(n) AS total
}
RETURN nodes, total`;

export const graphRelationships = (types: readonly RelType[] | undefined) => `
MATCH (a:Concept)-[r${typePattern(types)}]->(b:Concept)
WHERE a.id IN $ids AND b.id IN $ids
WITH r, a, b ORDER BY r.id
WITH collect({id: r.id, type: type(r), source: a.id, target: b.id,
              sourceIds: r.sourceIds, sourceSections: r.sourceSections, scope: r.scope, note: r.note,
              disputeIds: r.disputeIds, disputeSections: r.disputeSections, disputeNotes: r.disputeNotes, forecast: r.forecast}) AS rels
${SOURCE_TITLES}
RETURN rels, titles`;

/**
 * The same relationships for an unfiltered node list (the first $limit by degree), found through each type's viewRank
 * index instead of expanding every kept node: at 50k nodes the kept hubs have thousands of relationships each.
 */
export const rankedRelationships = (types: readonly RelType[] | undefined) => `
CALL () {
  ${typePattern(types)
    .slice(1)
    .split("|")
    .map((t) => `MATCH (a:Concept)-[r:${t}]->(b:Concept) WHERE r.viewRank < $limit RETURN r, a, b`)
    .join("\n  UNION ALL\n  ")}
}
WITH r, a, b ORDER BY r.id
WITH collect({id: r.id, type: type(r), source: a.id, target: b.id,
              sourceIds: r.sourceIds, sourceSections: r.sourceSections, scope: r.scope, note: r.note,
              disputeIds: r.disputeIds, disputeSections: r.disputeSections, disputeNotes: r.disputeNotes, forecast: r.forecast}) AS rels
${SOURCE_TITLES}
RETURN rels, titles`;

/** What details read of a node: its fields and facts, not the search fields or the degree. */
const NODE_FIELDS = `n {.id, .name, .kind, .aliases, .summary, facts: [k IN keys(n) WHERE k STARTS WITH 'fact_' | [k, n[k]]]}`;

const NODE_RELS = `CALL (n) {
  MATCH (n)-[r]-(m:Concept)
  WITH r, m, startNode(r) = n AS out
  ORDER BY type(r), CASE WHEN out THEN 0 ELSE 1 END, m.id
  RETURN collect({id: r.id, type: type(r), out: out, node: m {.id, .name, .kind},
                  sourceIds: r.sourceIds, sourceSections: r.sourceSections, scope: r.scope, note: r.note,
              disputeIds: r.disputeIds, disputeSections: r.disputeSections, disputeNotes: r.disputeNotes, forecast: r.forecast}) AS rels
}`;

/** Details of one node; no row when there is no such node. */
export const NODE_DETAIL = `
MATCH (n:Concept {id: $id})
${NODE_RELS}
${SOURCE_TITLES}
RETURN ${NODE_FIELDS} AS node, rels, titles`;

/** Details of each id in $ids, in that order; ids with no node yield no entry. */
export const NODE_DETAILS = `
UNWIND range(0, size($ids) - 1) AS position
MATCH (n:Concept {id: $ids[position]})
${NODE_RELS}
WITH position, n, rels ORDER BY position
WITH collect({node: ${NODE_FIELDS}, rels: rels}) AS details
${SOURCE_TITLES}
RETURN details, titles`;

/** Search candidates from the full-text index (see fulltext.ts); the ranking happens in stagedSearch(). */
export const SEARCH_CANDIDATES = `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases, node.searchKeys AS keys`;

export const ENDPOINTS = `
OPTIONAL MATCH (a:Concept {id: $from})
OPTIONAL MATCH (b:Concept {id: $to})
RETURN a {.id, .name, .kind} AS from, b {.id, .name, .kind} AS to`;

const PATH_RETURN = `
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, some: r.scope = 'some'}] AS relationships`;

const PATH_ORDER = `ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]`;

export const shortestPaths = (types: readonly RelType[] | undefined, directed: boolean, maxHops: number) => `
MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
MATCH p = allShortestPaths((a)-[${typePattern(types)}*..${hops(maxHops)}]-${directed ? ">" : ""}(b))
WITH p ${PATH_ORDER}
LIMIT $limit
${PATH_RETURN}`;

/** Simple paths of exactly `length` hops; the store asks length by length, shortest first. */
export const simplePathsOfLength = (types: readonly RelType[] | undefined, directed: boolean, length: number) => `
MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
MATCH p = (a)-[${typePattern(types)}*${hops(length)}]-${directed ? ">" : ""}(b)
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p ${PATH_ORDER}
LIMIT $limit
${PATH_RETURN}`;

/**
 * Shortest IS_A chains upwards; per ancestor the first in id order, like the embedded store's walk.
 * `found` tells an unknown start from one without ancestors, so no separate look-up is needed.
 */
export const ANCESTORS = `
OPTIONAL MATCH (start:Concept {id: $id})
CALL (start) {
  MATCH p = (start)-[:IS_A*1..${MAX_HOPS}]->(a:Concept)
  WITH a, p ORDER BY length(p), [n IN nodes(p) | n.id]
  WITH a, collect(p)[0] AS p
  WITH a, p ORDER BY length(p), a.id
  RETURN collect({id: a.id, name: a.name, kind: a.kind, depth: length(p), chain: [n IN nodes(p) | n.id]}) AS items
}
RETURN start IS NOT NULL AS found, items`;

/** Chains are chosen reading from the start downwards, then returned child first; `found` as in ANCESTORS. */
export const DESCENDANTS = `
OPTIONAL MATCH (start:Concept {id: $id})
CALL (start) {
  MATCH p = (d:Concept)-[:IS_A*1..${MAX_HOPS}]->(start)
  WITH d, p ORDER BY length(p), reverse([n IN nodes(p) | n.id])
  WITH d, collect(p)[0] AS p
  WITH d, p ORDER BY length(p), d.id
  RETURN collect({id: d.id, name: d.name, kind: d.kind, depth: length(p), chain: [n IN nodes(p) | n.id]}) AS reached
}
RETURN start IS NOT NULL AS found, reached[0..$limit] AS items, size(reached) AS total`;
