import type { Core, Position } from "cytoscape";

/** Room around the fitted nodes for their names, which hang below them. */
export const FIT_PADDING = 64;
/** Fitting a handful of nodes must not blow them up to poster size. */
export const MAX_FIT_ZOOM = 1.4;
export const ANIMATION_MS = 450;

/** The zoom and pan that fit the given positions into the viewport, never zoomed in past `maxZoom`. */
export function viewportFor(
  points: Position[],
  size: { width: number; height: number },
  options: { padding: number; maxZoom: number },
): { zoom: number; pan: Position } | null {
  if (points.length === 0 || size.width <= 0 || size.height <= 0) return null;
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const zoom = Math.min(
    options.maxZoom,
    (size.width - 2 * options.padding) / Math.max(1, x2 - x1),
    (size.height - 2 * options.padding) / Math.max(1, y2 - y1),
  );
  return { zoom, pan: { x: size.width / 2 - zoom * ((x1 + x2) / 2), y: size.height / 2 - zoom * ((y1 + y2) / 2) } };
}

/** The viewport that shows `points` (default: every shown node) with room for their labels. */
export function fitViewport(cy: Core, points?: Position[]) {
  const shown = points ?? cy.nodes(":visible").map((n) => n.position());
  return viewportFor(shown, { width: cy.width(), height: cy.height() }, { padding: FIT_PADDING, maxZoom: MAX_FIT_ZOOM });
}

/** The middle of what the viewport shows, in model coordinates: where a node with no placed neighbour goes. */
export const viewportCentre = (cy: Core): Position => ({ x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() });

export function moveViewport(cy: Core, target: { zoom: number; pan: Position } | null, animate: boolean): Promise<void> {
  if (!target) return Promise.resolve();
  // Clamping the zoom must keep the same model point in the middle of the viewport.
  const middle = { x: (cy.width() / 2 - target.pan.x) / target.zoom, y: (cy.height() / 2 - target.pan.y) / target.zoom };
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), target.zoom));
  const pan = { x: cy.width() / 2 - zoom * middle.x, y: cy.height() / 2 - zoom * middle.y };
  if (!animate) {
    cy.viewport({ zoom, pan });
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    cy.animate({ zoom, pan }, { duration: ANIMATION_MS, easing: "ease-in-out-cubic", complete: () => resolve() });
  });
}

export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
