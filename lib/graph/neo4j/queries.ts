// Every Cypher read the Neo4j store runs. Values are always parameters; only relationship
// types from the allow-list and validated hop counts are ever written into the text.
import { MAX_HOPS } from "../limits";
import { REL_TYPES, type RelType } from "../schema";

/** `:IS_A|BUILT_ON`, from the allow-list only; no filter means all of our types. */
export function typePattern(types: readonly RelType[] | undefined): string {
  const list = (types ?? REL_TYPES).filter((t) => (REL_TYPES as readonly string[]).includes(t));
  return `:${list.join("|")}`;
}

function hops(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_HOPS) throw new Error(`hop count out of range: ${n}`);
  return String(n);
}

const SOURCE_TITLES = `CALL () { MATCH (s:Source) RETURN collect([s.id, s.title]) AS titles }`;

export const COUNTS = `
CALL () { MATCH (n:Concept) RETURN count(n) AS nodes }
CALL () { MATCH (:Concept)-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/** The kept nodes: best-connected first, so a limit keeps an overview of the hubs. */
export const GRAPH_NODES = `
MATCH (n:Concept)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n ORDER BY COUNT { (n)--() } DESC, n.id ASC
WITH collect(n {.id, .name, .kind}) AS matching
RETURN matching[0..$limit] AS nodes, size(matching) AS total`;

export const graphRelationships = (types: readonly RelType[] | undefined) => `
MATCH (a:Concept)-[r${typePattern(types)}]->(b:Concept)
WHERE a.id IN $ids AND b.id IN $ids
WITH r, a, b ORDER BY r.id
WITH collect({id: r.id, type: type(r), source: a.id, target: b.id,
              sourceIds: r.sourceIds, sourceSections: r.sourceSections, scope: r.scope, note: r.note}) AS rels
${SOURCE_TITLES}
RETURN rels, titles`;

/** Details of each id in $ids, in that order; ids with no node yield no row. */
export const NODE_DETAILS = `
UNWIND range(0, size($ids) - 1) AS position
MATCH (n:Concept {id: $ids[position]})
CALL (n) {
  MATCH (n)-[r]-(m:Concept)
  WITH r, m, startNode(r) = n AS out
  ORDER BY type(r), CASE WHEN out THEN 0 ELSE 1 END, m.id
  RETURN collect({id: r.id, type: type(r), out: out, node: m {.id, .name, .kind},
                  sourceIds: r.sourceIds, sourceSections: r.sourceSections, scope: r.scope, note: r.note}) AS rels
}
WITH position, n, rels ORDER BY position
WITH collect({props: properties(n), rels: rels}) AS details
${SOURCE_TITLES}
RETURN details, titles`;

/** Cypher twin of withinOneEdit() in search-rank.ts; a and b are expressions. */
const oneEdit = (a: string, b: string) => `(${a} = ${b} OR (abs(size(${a}) - size(${b})) <= 1 AND (
  any(i IN range(0, size(${a}) - 1) WHERE substring(${a}, 0, i) + substring(${a}, i + 1) = ${b}) OR
  any(i IN range(0, size(${b}) - 1) WHERE substring(${b}, 0, i) + substring(${b}, i + 1) = ${a}) OR
  (size(${a}) = size(${b}) AND any(i IN range(0, size(${a}) - 1)
    WHERE substring(${a}, 0, i) + substring(${a}, i + 1) = substring(${b}, 0, i) + substring(${b}, i + 1))) OR
  (size(${a}) = size(${b}) AND any(i IN range(0, size(${a}) - 2)
    WHERE substring(${a}, 0, i) + substring(${a}, i + 1, 1) + substring(${a}, i, 1) + substring(${a}, i + 2) = ${b})))))`;

/** Cypher twin of matchTier() in search-rank.ts: $q is the spaced query, $qc the compact one. */
export const SEARCH = `
MATCH (n:Concept)
WITH n, [k IN n.searchKeys | CASE
  WHEN replace(k, ' ', '') = $qc THEN 0
  WHEN replace(k, ' ', '') STARTS WITH $qc THEN 1
  WHEN (' ' + k) CONTAINS (' ' + $q) THEN 2
  WHEN replace(k, ' ', '') CONTAINS $qc THEN 3
  WHEN size($qc) >= 3 AND (${oneEdit("replace(k, ' ', '')", "$qc")}
    OR any(w IN split(k, ' ') WHERE size(w) >= 3 AND ${oneEdit("w", "$qc")})) THEN 4
  ELSE -1 END] AS tiers
WITH n, tiers, reduce(best = 99, t IN tiers | CASE WHEN t >= 0 AND t < best THEN t ELSE best END) AS tier
WHERE tier < 99
WITH n, tier, [i IN range(0, size(tiers) - 1) WHERE tiers[i] = tier][0] AS matchedIndex
RETURN n.id AS id, n.name AS name, n.kind AS kind,
       CASE matchedIndex WHEN 0 THEN n.name ELSE n.aliases[matchedIndex - 1] END AS matched
ORDER BY tier, size(replace(n.searchKeys[0], ' ', '')), n.id
LIMIT $limit`;

export const ENDPOINTS = `
OPTIONAL MATCH (a:Concept {id: $from})
OPTIONAL MATCH (b:Concept {id: $to})
RETURN a {.id, .name, .kind} AS from, b {.id, .name, .kind} AS to`;

const PATH_RETURN = `
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS relationships`;

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

/** Shortest IS_A chains upwards; per ancestor the first in id order, like the embedded store's walk. */
export const ANCESTORS = `
MATCH (start:Concept {id: $id})
MATCH p = (start)-[:IS_A*1..${MAX_HOPS}]->(a:Concept)
WITH a, p ORDER BY length(p), [n IN nodes(p) | n.id]
WITH a, collect(p)[0] AS p
RETURN a.id AS id, a.name AS name, a.kind AS kind, length(p) AS depth, [n IN nodes(p) | n.id] AS chain
ORDER BY depth, id`;

/** Chains are chosen reading from the start downwards, then returned child first. */
export const DESCENDANTS = `
MATCH (start:Concept {id: $id})
MATCH p = (d:Concept)-[:IS_A*1..${MAX_HOPS}]->(start)
WITH d, p ORDER BY length(p), reverse([n IN nodes(p) | n.id])
WITH d, collect(p)[0] AS p
WITH d, p ORDER BY length(p), d.id
WITH collect({id: d.id, name: d.name, kind: d.kind, depth: length(p), chain: [n IN nodes(p) | n.id]}) AS found
RETURN found[0..$limit] AS items, size(found) AS total`;
