import { DEFAULT_MAX_HOPS } from "@/lib/graph/limits";
import type { Kind, RelType } from "@/lib/graph/schema";

export type LayoutMode = "force" | "hierarchy";
export type PathMode = "shortest" | "all";

export type Selection = { kind: "node" | "edge"; id: string } | null;

export interface PathRequest {
  from: string;
  to: string;
  /** Empty means every type. */
  types: RelType[];
  directed: boolean;
  maxHops: number;
  mode: PathMode;
}

/** Everything a shared URL reproduces and Undo/Redo steps through. Lists are kept sorted so equal views compare equal. */
export interface ViewState {
  /** "start": only the start map (lib/graph/start-map.ts), a first visit's view; "all": the whole graph. */
  map: "start" | "all";
  layout: LayoutMode;
  hideKinds: Kind[];
  hideTypes: RelType[];
  /** Nodes whose neighbours are expanded; empty means the whole graph is shown. */
  focus: string[];
  selection: Selection;
  path: PathRequest | null;
}

export const DEFAULT_VIEW: ViewState = {
  map: "all",
  layout: "force",
  hideKinds: [],
  hideTypes: [],
  focus: [],
  selection: null,
  path: null,
};

export const DEFAULT_PATH_OPTIONS: Omit<PathRequest, "from" | "to"> = {
  types: [],
  directed: false,
  maxHops: DEFAULT_MAX_HOPS,
  mode: "shortest",
};

export function sortedUnique<T extends string>(list: readonly T[]): T[] {
  return [...new Set(list)].sort();
}

export function toggleIn<T extends string>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : sortedUnique([...list, item]);
}

/** What a first visit opens on. */
export const START_VIEW: ViewState = { ...DEFAULT_VIEW, map: "start" };

/** Views are small plain values; comparing their JSON is exact because every list is sorted. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
