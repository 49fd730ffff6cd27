// Tools against what they can do: every cell is a judgement of the reasoning layer (judgeLoaded), the
// same one ask, compare, glance and the recommendations give, so the matrix cannot disagree with them.
import { badRequest } from "../errors";
import { MAX_GRAPH_LIMIT } from "../limits";
import type { Claim } from "../reasoning/claims";
import { explain } from "../reasoning/explain";
import { judgeLoaded, type Judgement, prepareObject, prepareSubject } from "../reasoning/judge";
import { Knowledge } from "../reasoning/knowledge";
import type { Kind } from "../schema";
import type { GraphStore, NodeRef, SourceRef } from "../types";
import { article, ref } from "./graph-facts";
import { type CellState, type ColumnSet, DEFAULT_ROW_KINDS, type MatrixCell, type MatrixResult, type MatrixRow, type RowKind, SATISFYING } from "./matrix-types";

/** More rows than this are cut (the result says so): a table a person reads, not a dump. */
export const MAX_MATRIX_ROWS = 500;
/** More columns than a table can show side by side are refused: choose them with `ids`. */
export const MAX_MATRIX_COLUMNS = 200;

export interface MatrixQuery {
  columns: ColumnSet;
  /** Chosen columns (tasks or modalities); all of the set when absent. */
  ids?: string[];
  kinds?: RowKind[];
  /** Only rows that are, through IS_A, members of this category. */
  category?: string;
  /** Only rows made by this organisation (as judged: own claim, or through what they are built on). */
  developer?: string;
  /** Only rows that satisfy every column. */
  all: boolean;
}

const CLAIM_OF: Record<ColumnSet, Claim> = { outputs: "generates", inputs: "accepts", tasks: "suited-for" };
const COLUMN_KIND: Record<ColumnSet, Kind> = { outputs: "Modality", inputs: "Modality", tasks: "Task" };

const byName = (a: NodeRef, b: NodeRef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

/** The cell's state: the judgement's holding, with a yes split into the tool's own and an inherited one. */
export function cellState(j: Judgement): CellState {
  switch (j.holding) {
    case "yes":
      return j.route!.kind === "inherited" || j.route!.kind === "architecture" ? "inherited" : "yes";
    case "some":
      return "some";
    case "contested":
      return "disputed";
    default:
      return "no";
  }
}

function cellOf(j: Judgement, column: string): MatrixCell {
  const route = j.route;
  const from = route?.kind === "inherited" ? route.from : route?.kind === "architecture" ? route.architecture : route?.kind === "base" ? route.base : undefined;
  const reason = explain(j);
  const ruledOutBy = j.holding === "no" || j.holding === "contested" ? j.against?.limitation : undefined;
  return {
    column,
    state: cellState(j),
    reason: reason.charAt(0).toUpperCase() + reason.slice(1),
    ...(from && j.holding !== "some" ? { from } : {}),
    ...(j.members.length > 0 ? { members: j.members } : {}),
    ...(ruledOutBy ? { ruledOutBy } : {}),
    ...(j.forecast ? { forecast: true as const } : {}),
    ...(j.disputes.length > 0 ? { disputes: j.disputes } : {}),
    ...(j.paths[0] ? { path: j.paths[0] } : {}),
    sources: j.sources.map((s) => s.id),
  };
}

async function columnsOf(store: GraphStore, k: Knowledge, set: ColumnSet, ids: string[] | undefined): Promise<NodeRef[]> {
  const kind = COLUMN_KIND[set];
  if (ids) {
    await k.load(ids);
    const unknown = ids.filter((id) => !k.has(id));
    if (unknown.length > 0) throw badRequest(`no node with the id ${unknown.map((id) => JSON.stringify(id)).join(", ")}`);
    const wrong = ids.map((id) => k.details(id).node).filter((n) => n.kind !== kind);
    if (wrong.length > 0) throw badRequest(`the ${set} columns are ${kind}s; ${wrong.map((n) => `${n.name} is ${article(n.kind)} ${n.kind}`).join(", ")}`);
    return ids.map((id) => ref(k.details(id).node));
  }
  const view = await store.graph({ kinds: [kind], limit: MAX_MATRIX_COLUMNS + 1 });
  if (view.totalNodes > MAX_MATRIX_COLUMNS) throw badRequest(`the graph has ${view.totalNodes} ${kind}s, more than ${MAX_MATRIX_COLUMNS} columns; choose some with ids`);
  return view.nodes.map(ref).sort(byName);
}

async function rowsOf(store: GraphStore, k: Knowledge, q: MatrixQuery): Promise<{ rows: NodeRef[]; truncated: boolean }> {
  const view = await store.graph({ kinds: [...(q.kinds ?? DEFAULT_ROW_KINDS)], limit: MAX_GRAPH_LIMIT });
  let rows = view.nodes.map(ref);
  if (q.category) {
    await k.load([q.category]);
    if (!k.has(q.category)) throw badRequest(`no node with the id ${JSON.stringify(q.category)}`);
    const members = new Set((await k.members(q.category)).map((m) => m.id));
    rows = rows.filter((n) => members.has(n.id));
  }
  rows.sort(byName);
  const prepareAll = async (ids: string[]) => {
    await k.load(ids);
    await Promise.all(ids.map((id) => prepareSubject(k, id)));
  };
  if (q.developer) {
    await prepareObject(k, q.developer);
    if (!k.has(q.developer)) throw badRequest(`no node with the id ${JSON.stringify(q.developer)}`);
    await prepareAll(rows.map((n) => n.id));
    rows = rows.filter((n) => {
      const h = judgeLoaded(k, n.id, "developed-by", q.developer!).holding;
      return h === "yes" || h === "contested";
    });
  }
  // Past the cap, the first rows by name are judged: the filters narrow a big graph to what a person reads.
  const kept = rows.slice(0, MAX_MATRIX_ROWS);
  if (!q.developer) await prepareAll(kept.map((n) => n.id));
  return { rows: kept, truncated: rows.length > MAX_MATRIX_ROWS || view.truncated };
}

export async function capabilityMatrix(store: GraphStore, q: MatrixQuery, k = new Knowledge(store)): Promise<MatrixResult> {
  const columns = await columnsOf(store, k, q.columns, q.ids);
  await Promise.all(columns.map((c) => prepareObject(k, c.id)));
  const { rows: nodes, truncated } = await rowsOf(store, k, q);
  const claim = CLAIM_OF[q.columns];
  const sources = new Map<string, SourceRef>();
  const rows: MatrixRow[] = nodes.map((node) => {
    const judgements = columns.map((c) => judgeLoaded(k, node.id, claim, c.id));
    for (const j of judgements) for (const s of j.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    const cells = judgements.map((j, i) => cellOf(j, columns[i].id));
    return { node, cells, satisfied: cells.filter((c) => SATISFYING.has(c.state)).length };
  });
  rows.sort((a, b) => b.satisfied - a.satisfied || byName(a.node, b.node));
  const kept = q.all ? rows.filter((r) => r.satisfied === columns.length) : rows;
  return {
    columnSet: q.columns,
    columns,
    rows: kept,
    sources: [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    filters: {
      kinds: [...(q.kinds ?? DEFAULT_ROW_KINDS)],
      ...(q.category ? { category: ref(k.details(q.category).node) } : {}),
      ...(q.developer ? { developer: ref(k.details(q.developer).node) } : {}),
      all: q.all,
      ...(q.ids ? { ids: q.ids } : {}),
    },
    totalRows: rows.length,
    ...(truncated ? { truncated: true as const } : {}),
  };
}
