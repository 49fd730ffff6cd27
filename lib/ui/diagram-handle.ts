import type { Core } from "cytoscape";

/** One step of every zoom control (buttons, keys): the factor is written here only. */
export const ZOOM_STEP = 1.25;

/**
 * What a diagram's owner may do to it without reaching into Cytoscape. Kept apart from use-cytoscape.ts so that pages
 * can hold a handle without bundling Cytoscape itself.
 */
export interface DiagramHandle {
  cy: Core;
  zoomBy: (factor: number) => void;
  fit: () => void;
  png: (background: string) => Blob;
}
