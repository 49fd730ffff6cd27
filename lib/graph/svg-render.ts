import type { Css } from "cytoscape";
import type { Kind, RelType } from "./schema";
import { EDGE_FONT, FONT, KIND_STYLE, LOOK, nodeFontSize, PALETTE, REL_STYLE, type Theme } from "./style";

/**
 * The one way the site draws the graph as SVG: the page's server-rendered first frame (components/graph/first-frame.tsx)
 * and "Export SVG" (lib/ui/export-view.ts). Pure: positions in, markup out. Every colour, shape and measure comes from
 * lib/graph/style.ts, the tokens the Cytoscape stylesheet is built from, so the picture matches the canvas.
 */

export interface SvgNode {
  id: string;
  label: string;
  kind: Kind;
  degree: number;
  size: number;
  x: number;
  y: number;
  /** Drawn without its name (decluttered away on the canvas). */
  labelHidden?: boolean;
  state?: "selected" | "path" | "faded";
}

export interface SvgEdge {
  id: string;
  source: string;
  target: string;
  type: RelType;
  /** Written along the edge when set. */
  label?: string;
  state?: "selected" | "path" | "faded";
}

export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SvgOptions {
  /** A fixed palette (a file), or "css": colours from CSS variables that follow the page's theme, light and dark. */
  theme: Theme | "css";
  /** The accessible name. */
  title: string;
  /** Each node becomes a link to this address. */
  href?: (id: string) => string;
  /** "nodes": the box of the node centres, as the canvas fits them; "content" (default): everything drawn, with a margin. */
  fit?: "nodes" | "content";
  /** Extra attributes of the <svg> element (already escaped by the caller: plain names and numbers). */
  attributes?: Record<string, string>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const num = (n: number) => String(Math.round(n * 100) / 100);

type Colour = "background" | "text" | "muted" | "accent" | "path";
const COLOURS: readonly Colour[] = ["background", "text", "muted", "accent", "path"];
const paint = (theme: Theme | "css", c: Colour) => (theme === "css" ? `var(--graph-${c})` : PALETTE[theme][c]);

/** The CSS variables of both palettes, switched the way globals.css switches the page's theme (the .dark class, else the system). */
export function paletteCss(scope: string): string {
  const vars = (t: Theme) => COLOURS.map((c) => `--graph-${c}:${PALETTE[t][c]}`).join(";");
  return (
    `${scope}{${vars("light")}}` +
    `.dark ${scope}{${vars("dark")}}` +
    `@media (prefers-color-scheme: dark){html:not(.light) ${scope}{${vars("dark")}}}`
  );
}

// --- shapes -----------------------------------------------------------------------------------------------------

/** Cytoscape's unit polygons: a regular n-gon from its start angle, stretched to fill the square [-1, 1]². */
function ngon(sides: number, rotation = 0): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const raw = Array.from({ length: sides }, (_, i): [number, number] => [Math.cos(start + i * step), -Math.sin(start + i * step)]);
  const xs = raw.map((p) => p[0]);
  const ys = raw.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return raw.map(([x, y]) => [(2 * (x - x1)) / (x2 - x1) - 1, (2 * (y - y1)) / (y2 - y1) - 1]);
}

const UNIT: Partial<Record<Css.NodeShape, [number, number][]>> = {
  hexagon: ngon(6),
  "round-diamond": [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  "round-triangle": ngon(3),
  "round-tag": [
    [-1, -1],
    [1 / 3, -1],
    [1, 0],
    [1 / 3, 1],
    [-1, 1],
  ],
  "round-pentagon": ngon(5),
  octagon: ngon(8),
};

const ROUNDED = new Set<string>(["round-diamond", "round-triangle", "round-tag", "round-pentagon"]);

/** The outline of a node's shape, centred on (x, y), `size` wide and high. */
export function shapeMarkup(shape: Css.NodeShape, x: number, y: number, size: number): string {
  const r = size / 2;
  if (shape === "ellipse") return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}"/>`;
  if (shape === "round-rectangle") {
    const rx = Math.min(size / 4, 8);
    return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(size)}" height="${num(size)}" rx="${num(rx)}"/>`;
  }
  if (shape === "cut-rectangle") {
    const c = Math.min(8, r / 2);
    const pts: [number, number][] = [
      [-r + c, -r],
      [r - c, -r],
      [r, -r + c],
      [r, r - c],
      [r - c, r],
      [-r + c, r],
      [-r, r - c],
      [-r, -r + c],
    ];
    return `<polygon points="${pts.map(([px, py]) => `${num(x + px)},${num(y + py)}`).join(" ")}"/>`;
  }
  if (shape === "barrel") {
    const b = r * 0.25;
    return `<path d="M${num(x - r + b)} ${num(y - r)}H${num(x + r - b)}Q${num(x + r + b / 2)} ${num(y)} ${num(x + r - b)} ${num(y + r)}H${num(x - r + b)}Q${num(x - r - b / 2)} ${num(y)} ${num(x - r + b)} ${num(y - r)}Z"/>`;
  }
  const unit = UNIT[shape] ?? ngon(8);
  const join = ROUNDED.has(shape) ? ` stroke-linejoin="round"` : "";
  return `<polygon points="${unit.map(([px, py]) => `${num(x + px * r)},${num(y + py * r)}`).join(" ")}"${join}/>`;
}

// --- names ------------------------------------------------------------------------------------------------------

/** A text's width in a sans-serif face, estimated per character class (the server has no font metrics). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.28;
    else if (/[iljI.,·'|!:;1]/.test(ch)) em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else em += 0.54;
  }
  return em * fontSize;
}

/** Splits a name into lines no wider than `max`, at spaces, as Cytoscape's text-wrap: wrap does. */
export function wrapLabel(label: string, fontSize: number, max: number = LOOK.labelMaxWidth): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cytoscape sets wrapped lines about one font size apart. */
const LINE_HEIGHT = 1;

/** Where a node's name sits: below the node, centred, wrapped. */
export function labelBox(node: Pick<SvgNode, "label" | "degree" | "size" | "x" | "y">) {
  const fontSize = nodeFontSize(node.degree);
  const lines = wrapLabel(node.label, fontSize);
  const top = node.y + node.size / 2 + LOOK.labelMarginY;
  const width = Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
  return { fontSize, lines, top, x1: node.x - width / 2, x2: node.x + width / 2, y1: top, y2: top + lines.length * fontSize * LINE_HEIGHT };
}

// --- edges ------------------------------------------------------------------------------------------------------

/** Cytoscape's arrow size for an edge width (its getArrowWidth), times the arrow scale. */
const arrowSize = (width: number) => Math.max(Math.pow(width * 13.37, 0.9), 29) * LOOK.arrowScale;

const ARROWS: Record<string, [number, number][]> = {
  triangle: [
    [-0.15, -0.3],
    [0, 0],
    [0.15, -0.3],
  ],
  vee: [
    [-0.15, -0.3],
    [0, 0],
    [0.15, -0.3],
    [0, -0.15],
  ],
  tee: [
    [-0.15, -0.1],
    [-0.15, 0],
    [0.15, 0],
    [0.15, -0.1],
  ],
};

const DASH: Record<string, string | undefined> = { solid: undefined, dashed: "6 3", dotted: "1 2" };

function edgeMarkup(edge: SvgEdge, from: SvgNode, to: SvgNode, theme: Theme | "css"): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return "";
  const [ux, uy] = [dx / length, dy / length];
  const style = REL_STYLE[edge.type];
  const width = edge.state === "path" ? 4.5 : edge.state === "selected" ? 4 : edge.type === "IS_A" ? LOOK.isAWidth : LOOK.edgeWidth;
  const colour = edge.state === "path" ? paint(theme, "path") : style.color;
  const size = arrowSize(width);
  const arrow = ARROWS[style.arrow] ?? ARROWS.triangle;
  // Both ends on the nodes' outlines (taken as circles), the arrow's tip on the target's.
  const start = { x: from.x + ux * (from.size / 2), y: from.y + uy * (from.size / 2) };
  const tip = { x: to.x - ux * (to.size / 2), y: to.y - uy * (to.size / 2) };
  const depth = -Math.min(...arrow.map((p) => p[1])) * size;
  const end = { x: tip.x - ux * depth * 0.9, y: tip.y - uy * depth * 0.9 };
  // Arrow units: first along the normal, second along the edge (negative: back towards the source).
  const points = arrow.map(([across, along]) => `${num(tip.x - uy * across * size + ux * along * size)},${num(tip.y + ux * across * size + uy * along * size)}`).join(" ");
  const dash = DASH[style.line];
  const opacity = edge.state === "faded" ? 0.22 : 1;
  const lineOpacity = edge.state ? 1 : LOOK.lineOpacity;
  const hollow = style.hollow && edge.state !== "path";
  let out =
    `<g data-edge-id="${esc(edge.id)}" opacity="${opacity}">` +
    `<g stroke="${colour}" stroke-opacity="${lineOpacity}" fill-opacity="${lineOpacity}">` +
    `<line x1="${num(start.x)}" y1="${num(start.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` +
    `<polygon points="${points}" fill="${hollow ? "none" : colour}" stroke-width="1" stroke-linejoin="round"/>` +
    `</g>`;
  if (edge.label) {
    const mid = { x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2 };
    let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (angle > 90 || angle < -90) angle += 180;
    const w = textWidth(edge.label, EDGE_FONT) + 4;
    const h = EDGE_FONT + 4;
    out +=
      `<g transform="translate(${num(mid.x)} ${num(mid.y)}) rotate(${num(angle)})">` +
      `<rect x="${num(-w / 2)}" y="${num(-h / 2)}" width="${num(w)}" height="${num(h)}" rx="2" fill="${paint(theme, "background")}" fill-opacity="0.9"/>` +
      `<text text-anchor="middle" dominant-baseline="central" font-size="${EDGE_FONT}" fill="${paint(theme, edge.state ? "text" : "muted")}">${esc(edge.label)}</text>` +
      `</g>`;
  }
  return out + `</g>`;
}

// --- nodes ------------------------------------------------------------------------------------------------------

function nodeMarkup(node: SvgNode, theme: Theme | "css", href?: (id: string) => string): string {
  const { color, shape } = KIND_STYLE[node.kind] ?? { color: LOOK.fallbackColor, shape: "ellipse" as const };
  const ring = node.state === "selected" ? paint(theme, "accent") : node.state === "path" ? paint(theme, "path") : paint(theme, "background");
  const border = node.state === "selected" || node.state === "path" ? 3 : LOOK.nodeBorder;
  let body = `<g fill="${color}" stroke="${ring}" stroke-width="${border}">${shapeMarkup(shape, node.x, node.y, node.size)}</g>`;
  if (!node.labelHidden && node.label) {
    const box = labelBox(node);
    const weight = node.state === "selected" || node.state === "path" ? 700 : LOOK.nodeFontWeight;
    const lineStep = box.fontSize * LINE_HEIGHT;
    const tspans = box.lines
      .map((line, i) => `<tspan x="${num(node.x)}" y="${num(box.top + box.fontSize * 0.85 + i * lineStep)}">${esc(line)}</tspan>`)
      .join("");
    body +=
      `<text text-anchor="middle" font-size="${num(box.fontSize)}" font-weight="${weight}" fill="${paint(theme, "text")}" ` +
      `stroke="${paint(theme, "background")}" stroke-width="${LOOK.labelOutline * 2}" stroke-linejoin="round" paint-order="stroke">${tspans}</text>`;
  }
  const opacity = node.state === "faded" ? ` opacity="0.22"` : "";
  const attrs = `data-node-id="${esc(node.id)}"${opacity}`;
  if (!href) return `<g ${attrs}>${body}</g>`;
  return `<a href="${esc(href(node.id))}" ${attrs} aria-label="${esc(`${node.label} (${node.kind})`)}">${body}</a>`;
}

/** The box the picture covers. */
export function viewBoxOf(nodes: readonly SvgNode[], fit: "nodes" | "content"): ViewBox {
  if (nodes.length === 0) return { x: 0, y: 0, w: 1, h: 1 };
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const r = fit === "nodes" ? 0 : n.size / 2 + 3;
    [x1, y1, x2, y2] = [Math.min(x1, n.x - r), Math.min(y1, n.y - r), Math.max(x2, n.x + r), Math.max(y2, n.y + r)];
    if (fit === "content" && !n.labelHidden) {
      const b = labelBox(n);
      [x1, x2, y2] = [Math.min(x1, b.x1 - 3), Math.max(x2, b.x2 + 3), Math.max(y2, b.y2 + 3)];
    }
  }
  const margin = fit === "content" ? 16 : 0;
  // As the canvas's fit does: a box at least one unit wide and high.
  return { x: x1 - margin, y: y1 - margin, w: Math.max(1, x2 - x1 + 2 * margin), h: Math.max(1, y2 - y1 + 2 * margin) };
}

/**
 * The graph as an SVG document: edges under nodes, names under nothing, in the given positions. Nodes and edges are
 * drawn in the order given (the caller decides what is on top); an edge whose end is missing is left out.
 */
export function renderGraphSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], options: SvgOptions): string {
  const { theme, title, href } = options;
  const box = viewBoxOf(nodes, options.fit ?? "content");
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const attrs = Object.entries(options.attributes ?? {})
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  const size = options.theme === "css" ? "" : ` width="${num(box.w)}" height="${num(box.h)}"`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(box.x)} ${num(box.y)} ${num(box.w)} ${num(box.h)}"${size} class="graph-svg" role="group" aria-label="${esc(title)}"${attrs}>`,
    `<title>${esc(title)}</title>`,
  ];
  if (theme === "css") parts.push(`<style>${paletteCss(".graph-svg")}</style>`);
  else parts.push(`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" fill="${PALETTE[theme].background}"/>`);
  parts.push(`<g font-family="${esc(FONT)}">`);
  parts.push(`<g class="edges">`);
  for (const e of edges) {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (from && to) parts.push(edgeMarkup(e, from, to, theme));
  }
  parts.push(`</g><g class="nodes">`);
  for (const n of nodes) parts.push(nodeMarkup(n, theme, href));
  parts.push(`</g></g></svg>`);
  return parts.join("");
}
