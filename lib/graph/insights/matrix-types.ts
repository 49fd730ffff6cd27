import type { DisputeFound } from "../reasoning/judge";
import type { Kind } from "../schema";
import type { GraphPath, NodeRef, SourceRef } from "../types";

/** Which columns the matrix has: what the tools make, what they take in, or the tasks. */
export const COLUMN_SETS = ["outputs", "inputs", "tasks"] as const;
export type ColumnSet = (typeof COLUMN_SETS)[number];

/** Kinds a row may be; the default rows are models and products, categories show "some" cells. */
export const ROW_KINDS = ["Model", "Product", "Category", "Architecture"] as const satisfies readonly Kind[];
export type RowKind = (typeof ROW_KINDS)[number];
export const DEFAULT_ROW_KINDS: readonly RowKind[] = ["Model", "Product"];

/**
 * yes: the tool's own claim (or through what it is built on). inherited: every member of a category it belongs to
 * does it. some: a category row, some of whose members do it (named). disputed: the articles disagree.
 * no: nothing is recorded, or a limitation rules it out (named).
 */
export const CELL_STATES = ["yes", "inherited", "some", "disputed", "no"] as const;
export type CellState = (typeof CELL_STATES)[number];

/** The states that count as "does it" for sorting and for "only tools that do all of these". */
export const SATISFYING: ReadonlySet<CellState> = new Set<CellState>(["yes", "inherited"]);

export interface MatrixCell {
  /** The column's id. */
  column: string;
  state: CellState;
  /** One sentence a reader can check, from the same wording as ask, compare and the recommendations. */
  reason: string;
  /** inherited: the category every member of which does it; yes through a base or an architecture: that node. */
  from?: NodeRef;
  /** some (and disputed through members): the members that do it, nearest first. */
  members?: NodeRef[];
  /** no: the limitation that rules it out. */
  ruledOutBy?: NodeRef;
  /** The yes rests on a claim the articles make about the future. */
  forecast?: true;
  disputes?: DisputeFound[];
  /** The evidence: the first path of the judgement, when there is one. */
  path?: GraphPath;
  /** Ids into MatrixResult.sources. */
  sources: string[];
}

export interface MatrixRow {
  node: NodeRef;
  cells: MatrixCell[];
  /** How many of the columns the row satisfies (yes or inherited). */
  satisfied: number;
}

export interface MatrixResult {
  columnSet: ColumnSet;
  columns: NodeRef[];
  /** Sorted by satisfied, most first, then by name. */
  rows: MatrixRow[];
  /** Every source a cell cites, once. */
  sources: SourceRef[];
  /** The filters as applied, after defaults. */
  filters: { kinds: RowKind[]; category?: NodeRef; developer?: NodeRef; all: boolean; ids?: string[] };
  /** Rows before the "all" filter. */
  totalRows: number;
  /** More rows matched than the matrix shows (MAX_MATRIX_ROWS): narrow them with the filters. */
  truncated?: true;
}
