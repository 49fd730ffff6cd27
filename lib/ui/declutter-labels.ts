import type { Core, SingularElementArgument } from "cytoscape";
import { afterPaint } from "./after-paint";
import { labelsToHide, type LabelBox } from "./label-declutter";

/** Past this many shown elements a pass costs more than a frame; names are mostly below legible size there anyway. */
const MAX_ELEMENTS = 6000;

/** Selection, then the path, then the selected node's neighbourhood, then the best connected. Nodes before edges. */
function priority(ele: SingularElementArgument): number {
  if (ele.hasClass("selected")) return 4e6;
  if (ele.hasClass("path-node") || ele.hasClass("path-edge")) return 3e6;
  if (ele.isEdge()) return ele.hasClass("labelled") ? 1e6 : 0;
  return (ele.hasClass("highlighted") ? 2e6 : 1e6) + ele.degree(false);
}

/** Edges whose names are not drawn at all (style.ts) take no room. */
const silentEdge = (ele: SingularElementArgument) => ele.isEdge() && (ele.hasClass("faded") || ele.hasClass("dimmed") || ele.hasClass("secondary"));

/**
 * Hides every name that would overlap a more important one (class `label-hidden`). Boxes are in model coordinates,
 * where names scale with the zoom like everything else, so a pass holds at every zoom until positions or classes change.
 */
function declutterNow(cy: Core): void {
  const shown = cy.elements().filter((e) => !e.hasClass("hidden") && !silentEdge(e));
  if (shown.length > MAX_ELEMENTS) return;
  const boxes: LabelBox[] = [];
  shown.forEach((ele) => {
    if (!ele.data("label")) return;
    const b = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (b.w > 0 && b.h > 0) boxes.push({ id: ele.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, priority: priority(ele) });
  });
  const hide = labelsToHide(boxes);
  cy.batch(() => {
    cy.elements(".label-hidden").forEach((ele) => {
      if (!hide.has(ele.id())) ele.removeClass("label-hidden");
    });
    for (const id of hide) cy.getElementById(id).addClass("label-hidden");
  });
}

const pending = new WeakSet<Core>();

/**
 * Declutters once the frame now being prepared has been painted: measuring thousands of label boxes must not stand
 * between a click and its answer on screen. Calls before then coalesce into one pass over the latest state.
 */
export function declutterLabels(cy: Core): void {
  if (pending.has(cy)) return;
  pending.add(cy);
  afterPaint(() => {
    pending.delete(cy);
    if (!cy.destroyed()) declutterNow(cy);
  });
}
