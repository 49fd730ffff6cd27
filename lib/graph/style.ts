import type { Css, StylesheetJson } from "cytoscape";
import type { Kind, RelType } from "./schema";

export type Theme = "light" | "dark";

/** Colour AND shape per kind, so kinds stay apart for colour-blind readers and in greyscale prints. */
export const KIND_STYLE: Record<Kind, { color: string; shape: Css.NodeShape }> = {
  Category: { color: "#6366f1", shape: "round-rectangle" },
  Architecture: { color: "#8b5cf6", shape: "hexagon" },
  Model: { color: "#0ea5e9", shape: "ellipse" },
  Product: { color: "#10b981", shape: "round-diamond" },
  Organization: { color: "#f59e0b", shape: "cut-rectangle" },
  Modality: { color: "#ec4899", shape: "round-triangle" },
  Task: { color: "#84cc16", shape: "round-tag" },
  Industry: { color: "#f97316", shape: "barrel" },
  Technique: { color: "#a8a29e", shape: "round-pentagon" },
  Limitation: { color: "#ef4444", shape: "octagon" },
};

/**
 * Each type takes the colour of the kind it points at (SUITED_FOR is lime like Task) and its own line style; the two
 * modality types share pink and differ by line. IS_A is the backbone: thick, neutral, with a hollow UML-style arrow.
 */
export const REL_STYLE: Record<RelType, { color: string; line: Css.LineStyle; arrow: Css.ArrowShape; hollow?: boolean }> = {
  IS_A: { color: "#64748b", line: "solid", arrow: "triangle", hollow: true },
  USES_ARCHITECTURE: { color: "#8b5cf6", line: "solid", arrow: "triangle" },
  SUITED_FOR: { color: "#84cc16", line: "dashed", arrow: "triangle" },
  DEVELOPED_BY: { color: "#f59e0b", line: "dotted", arrow: "triangle" },
  BUILT_ON: { color: "#0ea5e9", line: "solid", arrow: "vee" },
  GENERATES: { color: "#ec4899", line: "solid", arrow: "triangle" },
  ACCEPTS: { color: "#ec4899", line: "dashed", arrow: "tee" },
  APPLIED_IN: { color: "#f97316", line: "dashed", arrow: "triangle" },
  HAS_LIMITATION: { color: "#ef4444", line: "dotted", arrow: "triangle" },
  USES_TECHNIQUE: { color: "#a8a29e", line: "dotted", arrow: "triangle" },
};

export const PALETTE: Record<Theme, { background: string; text: string; muted: string; accent: string; path: string }> = {
  light: { background: "#f8fafc", text: "#0f172a", muted: "#475569", accent: "#2563eb", path: "#e11d48" },
  dark: { background: "#0b1120", text: "#e2e8f0", muted: "#94a3b8", accent: "#60a5fa", path: "#fb7185" },
};

export const EDGE_FONT = 9;
export const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The measures every drawing of the graph shares: the Cytoscape stylesheet below and the SVG renderer
 * (lib/graph/svg-render.ts), so that the page's first frame and an exported file look like the canvas.
 */
export const LOOK = {
  /** Hubs get bigger names, so that at low zoom the best-connected concepts are named first: degree 0→50 maps to 10→20 px. */
  nodeFont: { fromDegree: 0, toDegree: 50, min: 10, max: 20 },
  nodeFontWeight: 500,
  nodeBorder: 1.5,
  labelMarginY: 4,
  labelMaxWidth: 140,
  labelOutline: 2.5,
  /** Names smaller than this on screen are not drawn at all. */
  minZoomedFont: 8,
  edgeWidth: 1.5,
  isAWidth: 2.5,
  lineOpacity: 0.5,
  arrowScale: 0.9,
  fallbackColor: "#94a3b8",
} as const;

/** A node's name size for its degree: Cytoscape's mapData(degree, 0, 50, 10, 20), clamped at both ends as it does. */
export function nodeFontSize(degree: number): number {
  const { fromDegree, toDegree, min, max } = LOOK.nodeFont;
  const t = Math.min(1, Math.max(0, (degree - fromDegree) / (toDegree - fromDegree)));
  return min + t * (max - min);
}

/** Colour and shape per kind, for nodes whose data carries `kind`; shared by every diagram on the site. */
export const KIND_RULES: StylesheetJson = Object.entries(KIND_STYLE).map(([kind, s]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { "background-color": s.color, shape: s.shape },
}));

/** Colour, line and arrow per relationship type, for edges whose data carries `type`. */
export const REL_RULES: StylesheetJson = Object.entries(REL_STYLE).map(([type, s]) => ({
  selector: `edge[type = "${type}"]`,
  style: {
    "line-color": s.color,
    "line-style": s.line,
    "target-arrow-color": s.color,
    "target-arrow-shape": s.arrow,
    "target-arrow-fill": s.hollow ? "hollow" : "filled",
    ...(type === "IS_A" ? { width: LOOK.isAWidth } : {}),
  },
}));

/** Edge labels appear from this zoom on (font size × zoom ≥ the minimum); selected and highlighted edges always show theirs. */
export const EDGE_LABEL_ZOOM = 1.2;

/**
 * Classes the explorer sets: `hidden` (filtered or outside the focus), `faded` (outside the selected node's
 * neighbourhood), `highlighted` (in it), `labelled` (edge label shown at any zoom), `selected` (the selection: a class, not Cytoscape's own selection, see graph-canvas.tsx), `dimmed` / `path-node` / `path-edge` (a path is shown), `secondary` (non-IS_A
 * edges in the hierarchy view), `label-hidden` (a name that would overlap a more important one). Later blocks win, so the order below is the precedence.
 */
export function graphStyle(theme: Theme, options: { large?: boolean } = {}): StylesheetJson {
  const p = PALETTE[theme];
  const alwaysLabelled = { "min-zoomed-font-size": 0, "text-opacity": 1 } as const;
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(size)",
        height: "data(size)",
        "background-color": LOOK.fallbackColor,
        "border-width": LOOK.nodeBorder,
        "border-color": p.background,
        "font-family": FONT,
        "font-size": `mapData(degree, ${LOOK.nodeFont.fromDegree}, ${LOOK.nodeFont.toDegree}, ${LOOK.nodeFont.min}, ${LOOK.nodeFont.max})`,
        "font-weight": LOOK.nodeFontWeight,
        color: p.text,
        "text-valign": "bottom",
        "text-margin-y": LOOK.labelMarginY,
        "text-wrap": "wrap",
        "text-max-width": `${LOOK.labelMaxWidth}px`,
        "text-outline-color": p.background,
        "text-outline-width": LOOK.labelOutline,
        // Far out, names would be an unreadable smear; they return as soon as they are legible.
        "min-zoomed-font-size": LOOK.minZoomedFont,
        // No opacity transition on fading: every transition frame redraws the whole canvas, which delayed the details
        // panel after a click by a frame or two (docs/benchmarks.md).
        "overlay-opacity": 0,
      },
    },
    ...KIND_RULES,
    {
      selector: "edge",
      style: {
        width: LOOK.edgeWidth,
        "curve-style": options.large ? "haystack" : "bezier",
        "line-opacity": LOOK.lineOpacity,
        "target-arrow-shape": "triangle",
        "arrow-scale": LOOK.arrowScale,
        label: "data(label)",
        "font-family": FONT,
        "font-size": EDGE_FONT,
        color: p.muted,
        "text-rotation": "autorotate",
        "text-background-color": p.background,
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": Math.ceil(EDGE_FONT * EDGE_LABEL_ZOOM),
        "overlay-opacity": 0,
      },
    },
    ...REL_RULES,
    { selector: "edge.secondary", style: { opacity: 0.1 } },
    { selector: ".faded", style: { opacity: 0.22 } },
    { selector: ".dimmed", style: { opacity: 0.1 } },
    // Names on background edges would compete with the ones in focus.
    { selector: "edge.faded, edge.dimmed, edge.secondary", style: { "text-opacity": 0 } },
    { selector: "node.highlighted", style: { opacity: 1, "z-index": 10 } },
    { selector: "edge.highlighted", style: { opacity: 1, width: 2, "line-opacity": 0.9, "z-index": 10 } },
    { selector: "edge.labelled", style: alwaysLabelled },
    {
      selector: "node.selected",
      style: {
        opacity: 1,
        "border-width": 3,
        "border-color": p.accent,
        "underlay-color": p.accent,
        "underlay-opacity": 0.25,
        "underlay-padding": 8,
        "font-weight": 700,
        "z-index": 20,
      },
    },
    { selector: "edge.selected", style: { opacity: 1, width: 4, "line-opacity": 1, "z-index": 20, color: p.text, ...alwaysLabelled } },
    {
      selector: "node.path-node",
      style: {
        opacity: 1,
        "border-width": 3,
        "border-color": p.path,
        "underlay-color": p.path,
        "underlay-opacity": 0.2,
        "underlay-padding": 6,
        "font-weight": 700,
        "z-index": 30,
      },
    },
    {
      selector: "edge.path-edge",
      style: {
        opacity: 1,
        width: 4.5,
        "line-color": p.path,
        "target-arrow-color": p.path,
        "line-opacity": 1,
        "z-index": 30,
        color: p.text,
        "font-weight": 700,
        ...alwaysLabelled,
      },
    },
    // Last, so that it wins over every rule that shows a name (lib/ui/declutter-labels.ts decides which).
    { selector: ".label-hidden", style: { "text-opacity": 0, "text-background-opacity": 0 } },
    { selector: ".hidden", style: { display: "none" } },
  ];
}

/**
 * The explorer's rules plus those of the small comparison diagram: its two ends stand out, the ancestors found by
 * inference are dashed, and every edge names itself (the diagram is too small to zoom in for labels).
 */
export function miniStyle(theme: Theme): StylesheetJson {
  return [
    ...graphStyle(theme),
    { selector: "node", style: { width: 18, height: 18, "font-size": 11 } },
    { selector: "node.end", style: { width: 28, height: 28, "font-weight": "bold" } },
    // Level labels beside the line read better than text laid along a short vertical edge.
    { selector: "edge", style: { width: 2, "line-opacity": 1, "text-rotation": "none", "font-size": 10, "min-zoomed-font-size": 0 } },
    { selector: "edge.inferred", style: { "line-style": "dashed" } },
  ];
}
