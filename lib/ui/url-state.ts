import { MAX_HOPS } from "@/lib/graph/limits";
import { isKind, isRelType, SLUG_PATTERN } from "@/lib/graph/schema";
import { DEFAULT_PATH_OPTIONS, DEFAULT_VIEW, START_VIEW, sameView, sortedUnique, type PathRequest, type Selection, type ViewState } from "./view-state";

/** Every parameter the view owns; any other parameter (such as `debug`) is carried over untouched. */
const VIEW_PARAMS = ["map", "node", "edge", "from", "to", "types", "directed", "maxHops", "mode", "layout", "hideKinds", "hideTypes", "focus"];

const isId = (s: string) => s.length <= 200 && SLUG_PATTERN.test(s);
/** Relationship ids are `from--TYPE--to`. */
const isEdgeId = (s: string) => {
  const [from, type, to, ...rest] = s.split("--");
  return rest.length === 0 && !!to && isId(from) && isRelType(type) && isId(to);
};

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseSelection(params: URLSearchParams): Selection {
  const node = params.get("node");
  if (node && isId(node)) return { kind: "node", id: node };
  const edge = params.get("edge");
  if (edge && isEdgeId(edge)) return { kind: "edge", id: edge };
  return null;
}

function parsePath(params: URLSearchParams): PathRequest | null {
  const from = params.get("from");
  const to = params.get("to");
  if (!from || !to || !isId(from) || !isId(to)) return null;
  const hops = Number(params.get("maxHops"));
  return {
    from,
    to,
    types: sortedUnique(list(params, "types").filter(isRelType)),
    directed: params.get("directed") === "true",
    maxHops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_PATH_OPTIONS.maxHops,
    mode: params.get("mode") === "all" ? "all" : "shortest",
  };
}

/** Reads a view from a query string; anything malformed falls back to the default rather than failing the page. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    map: params.get("map") === "start" ? "start" : "all",
    layout: params.get("layout") === "hierarchy" ? "hierarchy" : "force",
    hideKinds: sortedUnique(list(params, "hideKinds").filter(isKind)),
    hideTypes: sortedUnique(list(params, "hideTypes").filter(isRelType)),
    focus: sortedUnique(list(params, "focus").filter(isId)),
    selection: parseSelection(params),
    path: parsePath(params),
  };
}

/** The query string for a view, defaults left out; parameters the view does not own are kept from `current`. */
export function serializeView(view: ViewState, current = ""): string {
  const params = new URLSearchParams(current);
  for (const name of VIEW_PARAMS) params.delete(name);
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  if (view.map !== DEFAULT_VIEW.map) set("map", view.map);
  if (view.selection) set(view.selection.kind, view.selection.id);
  if (view.path) {
    const p = view.path;
    set("from", p.from);
    set("to", p.to);
    set("types", p.types.join(","));
    if (p.directed) set("directed", "true");
    if (p.maxHops !== DEFAULT_PATH_OPTIONS.maxHops) set("maxHops", String(p.maxHops));
    if (p.mode !== DEFAULT_PATH_OPTIONS.mode) set("mode", p.mode);
  }
  if (view.layout !== DEFAULT_VIEW.layout) set("layout", view.layout);
  set("hideKinds", view.hideKinds.join(","));
  set("hideTypes", view.hideTypes.join(","));
  set("focus", view.focus.join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** Whether a URL says what to show (a view or a question); without one, the explorer opens the last view or the start map. */
export function namesAView(search: string): boolean {
  const params = new URLSearchParams(search);
  return [...VIEW_PARAMS, ASK_PARAM].some((name) => params.has(name));
}

/** The question asked from the search box: kept in the URL (`?ask=`) beside the view, which never touches it. */
export const ASK_PARAM = "ask";
const MAX_ASK = 200;

export function parseAsk(search: string): string | null {
  const q = new URLSearchParams(search).get(ASK_PARAM)?.trim();
  return q && q.length <= MAX_ASK ? q : null;
}

/** The query string with the question set (or removed for null); every other parameter kept. */
export function withAsk(search: string, question: string | null): string {
  const params = new URLSearchParams(search);
  if (question) params.set(ASK_PARAM, question);
  else params.delete(ASK_PARAM);
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** The explorer opened on a concept, a path between two, or a question; ids as the API names them. */
export interface ExplorerLink {
  node?: string;
  path?: { from: string; to: string };
  ask?: string;
}

/** Every page's URL is built here, so that what a page reads and what links write cannot drift apart. */
export function explorerUrl({ node, path, ask }: ExplorerLink = {}): string {
  const view: ViewState = {
    ...DEFAULT_VIEW,
    selection: node ? { kind: "node", id: node } : null,
    path: path ? { ...DEFAULT_PATH_OPTIONS, ...path } : null,
  };
  return `/${withAsk(serializeView(view), ask ?? null)}`;
}

const pageUrl = (path: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

/** Compare `a` with `b`; either may be left out while the reader picks it. */
export const compareUrl = (a?: string, b?: string): string => pageUrl("/compare", { a, b });

export const tasksUrl = (task?: string): string => pageUrl("/tasks", { task });

/** A concept on the start map, selected: the address each name of the server-drawn start map links to. */
export const startMapHref = (id: string) => `/?map=start&node=${encodeURIComponent(id)}`;

/** Whether a request for `search` opens on the start map (a first visit, or a link to it), so its first frame can be drawn. */
export function opensOnStartMap(search: string): boolean {
  if (!namesAView(search)) return true;
  return sameView({ ...parseView(search), selection: null }, START_VIEW) && !new URLSearchParams(search).has(ASK_PARAM);
}

/** Where the explorer keeps a visitor's last view (components/explorer/use-view-history.ts). */
export const LAST_VIEW_KEY = "explorer:last-view";

/**
 * Runs before the first paint, right after the server's drawing of the start map, and hides it where the canvas would
 * not take over from it unchanged: when the address names no view and a returning visitor's last view was not that start
 * map (they get their own view back), or when the reader has dragged start-map nodes of this graph version (the canvas
 * puts them where they were dropped). Mirrors opensOnStartMap on the stored query string.
 */
export function firstFrameGuard(positionsKey: string, checkLastView: boolean): string {
  const lastView = checkLastView
    ? `var v=localStorage.getItem(${JSON.stringify(LAST_VIEW_KEY)});if(v!==null&&!(/[?&]map=start(&|$)/.test(v)&&!/[?&](focus|from|to|layout|hideKinds|hideTypes|ask)=/.test(v)))h=true;`
    : "";
  return (
    `try{var h=false;${lastView}var s=JSON.parse(localStorage.getItem(${JSON.stringify(positionsKey)})||"null");` +
    `if(s&&s.start&&Object.keys(s.start).length>0)h=true;if(h)document.currentScript.previousElementSibling.style.display="none"}catch(e){}`
  );
}
