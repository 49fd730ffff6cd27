import type { Core } from "cytoscape";
import type { RelType } from "@/lib/graph/schema";
import { startMapIn } from "@/lib/graph/start-map";
import type { ViewState } from "./view-state";

export interface PathHighlight {
  nodes: string[];
  edges: string[];
}

/** Up to this many, a selection's edges are labelled at any zoom; a hub's hundred labels would only be a blur. */
const LABELLED_NEIGHBOURHOOD = 24;

/** The expanded nodes and their neighbours over relationship types that are not hidden. */
export function focusNodeIds(cy: Core, focus: readonly string[], hideTypes: readonly RelType[] = []): Set<string> {
  const hidden = new Set<string>(hideTypes);
  const ids = new Set<string>();
  for (const id of focus) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    ids.add(id);
    node.connectedEdges().forEach((edge) => {
      if (hidden.has(edge.data("type"))) return;
      ids.add(edge.source().id());
      ids.add(edge.target().id());
    });
  }
  return ids;
}

/** The start map's nodes when the view asks for it and the graph has one (a synthetic graph has not: it shows whole). */
export function startMapOn(cy: Core, view: ViewState): Set<string> | null {
  if (view.map !== "start") return null;
  const ids = startMapIn((id) => cy.getElementById(id).nonempty());
  return ids && new Set(ids);
}

/**
 * Ids of every node and edge to show. Filters and the focus hide elements; what the user explicitly asked to see (the
 * selection, a path, an expanded node) is shown even so, because an invisible answer would read as "nothing found".
 */
export function shownIds(cy: Core, view: ViewState, highlight: PathHighlight | null): Set<string> {
  const hiddenKinds = new Set<string>(view.hideKinds);
  const hiddenTypes = new Set<string>(view.hideTypes);
  const inFocus = view.focus.length > 0 ? focusNodeIds(cy, view.focus, view.hideTypes) : null;
  const inMap = startMapOn(cy, view);

  const shown = new Set<string>();
  cy.nodes().forEach((n) => {
    if (!hiddenKinds.has(n.data("kind")) && (!inFocus || inFocus.has(n.id())) && (!inMap || inMap.has(n.id()))) shown.add(n.id());
  });
  const forced = [...view.focus, ...(highlight?.nodes ?? []), ...(highlight?.edges ?? [])];
  if (view.selection) forced.push(view.selection.id);
  for (const id of forced) {
    const ele = cy.getElementById(id);
    if (ele.empty()) continue;
    shown.add(id);
    if (ele.isEdge()) {
      shown.add(ele.source().id());
      shown.add(ele.target().id());
    }
  }
  cy.edges().forEach((e) => {
    if (!hiddenTypes.has(e.data("type")) && shown.has(e.source().id()) && shown.has(e.target().id())) shown.add(e.id());
  });
  return shown;
}

type ViewClass = "hidden" | "selected" | "faded" | "highlighted" | "labelled" | "dimmed" | "path-node" | "path-edge" | "secondary";
const VIEW_CLASSES: readonly ViewClass[] = ["hidden", "selected", "faded", "highlighted", "labelled", "dimmed", "path-node", "path-edge", "secondary"];

/** The view's classes for every element that gets any. */
function viewClasses(cy: Core, view: ViewState, highlight: PathHighlight | null, shown: Set<string>): Map<string, Set<ViewClass>> {
  const classes = new Map<string, Set<ViewClass>>();
  const add = (id: string, c: ViewClass) => {
    const set = classes.get(id);
    if (set) set.add(c);
    else classes.set(id, new Set([c]));
  };
  const all = cy.elements();
  all.forEach((ele) => {
    if (!shown.has(ele.id())) add(ele.id(), "hidden");
  });
  if (view.layout === "hierarchy") cy.edges('[type != "IS_A"]').forEach((e) => add(e.id(), "secondary"));
  const selected = view.selection ? cy.getElementById(view.selection.id) : cy.collection();
  selected.forEach((ele) => add(ele.id(), "selected"));
  if (highlight) {
    const onPath = cy.collection();
    for (const id of [...highlight.nodes, ...highlight.edges]) onPath.merge(cy.getElementById(id));
    onPath.forEach((ele) => add(ele.id(), ele.isNode() ? "path-node" : "path-edge"));
    all.difference(onPath).forEach((ele) => add(ele.id(), "dimmed"));
  } else if (selected.nonempty()) {
    const around = selected.nodes().nonempty() ? selected.closedNeighborhood() : selected.union(selected.edges().connectedNodes());
    around.forEach((ele) => add(ele.id(), "highlighted"));
    if (around.edges().length <= LABELLED_NEIGHBOURHOOD) around.edges().forEach((e) => add(e.id(), "labelled"));
    all.difference(around).forEach((ele) => add(ele.id(), "faded"));
  }
  return classes;
}

/**
 * Puts a view on the diagram through classes only, never through positions: filtering, selecting
 * and highlighting must not move anything. Only elements whose classes change are touched, because Cytoscape restyles
 * every element it is told about: a new selection on a big graph then costs its two neighbourhoods, not the graph.
 * Returns the ids shown.
 */
export function applyView(cy: Core, view: ViewState, highlight: PathHighlight | null): Set<string> {
  const shown = shownIds(cy, view, highlight);
  const wanted = viewClasses(cy, view, highlight, shown);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const want = wanted.get(ele.id());
      for (const c of VIEW_CLASSES) {
        const on = want?.has(c) ?? false;
        if (ele.hasClass(c) !== on) ele.toggleClass(c, on);
      }
    });
  });
  return shown;
}
