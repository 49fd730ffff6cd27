import type { Core, LayoutOptions, NodeCollection, NodeSingular } from "cytoscape";
import type { LayoutInput, Point, Positions } from "@/lib/layout/types";
import { placeNear } from "@/lib/layout/place-near";
import type { LayoutMode } from "./view-state";
import { ANIMATION_MS } from "./viewport";

export type { Positions };

/** Preset positions given as a function are outside Cytoscape's LayoutOptions types. */
const layoutOptions = (options: { name: string } & Record<string, unknown>) => options as unknown as LayoutOptions;

export function snapshotPositions(nodes: NodeCollection): Positions {
  const out: Positions = {};
  nodes.forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}

/** The nodes (hidden ones too: filters must not reshape the layout) and the edges between them, as lib/layout reads them. */
export function layoutInput(nodes: NodeCollection): LayoutInput {
  return {
    nodes: nodes.map((n) => ({ id: n.id(), name: String(n.data("label")), kind: n.data("kind") })),
    relationships: nodes.edgesWith(nodes).map((e) => ({ source: e.source().id(), target: e.target().id(), type: e.data("type") })),
  };
}

/** Gives the browser a chance to paint and to handle input between slices of layout work. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Computes a layout of `nodes` in the browser, in slices between frames, when the server has none: while it computes
 * positions for a graph, or for a focused neighbourhood. The same code as the server's (lib/layout), loaded only when
 * needed. `refine` starts from the current positions (a focused view keeps its shape). Moves nothing.
 */
export async function computeLayout(mode: LayoutMode, nodes: NodeCollection, options: { refine?: boolean } = {}): Promise<Positions> {
  const input = layoutInput(nodes);
  if (mode === "hierarchy") {
    const { hierarchyLayout } = await import("@/lib/layout/hierarchy");
    return hierarchyLayout(input, yieldToBrowser);
  }
  const { forceLayout } = await import("@/lib/layout/force");
  return forceLayout(input, { pause: yieldToBrowser, start: options.refine ? snapshotPositions(nodes) : undefined });
}

/**
 * `positions` for every node of the diagram: those it lacks are put next to their neighbours (best-connected first,
 * so that hubs anchor their leaves), around `fallback` when no neighbour has a place.
 */
export function completePositions(cy: Core, positions: Positions, fallback: Point = { x: 0, y: 0 }): Positions {
  const missing = cy
    .nodes()
    .toArray()
    .filter((n) => positions[n.id()] === undefined)
    .map((n) => ({ id: n.id(), degree: n.degree(false) }))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  if (missing.length === 0) return positions;
  const neighbours = (id: string) => cy.getElementById(id).neighborhood().nodes().map((n) => n.id());
  return { ...positions, ...placeNear(missing.map((n) => n.id), neighbours, positions, fallback) };
}

/** Moves nodes to `positions` (those it names), animated or not; resolves when they are there. */
export function applyPositions(cy: Core, positions: Positions, animate: boolean): Promise<void> {
  const nodes = cy.nodes().filter((n) => positions[n.id()] !== undefined);
  if (nodes.empty()) return Promise.resolve();
  return new Promise((resolve) => {
    const layout = nodes.layout(
      layoutOptions({
        name: "preset",
        positions: (n: NodeSingular) => positions[n.id()],
        fit: false,
        animate,
        animationDuration: ANIMATION_MS,
        animationEasing: "ease-in-out-cubic",
      }),
    );
    layout.one("layoutstop", () => resolve());
    layout.run();
  });
}

/**
 * What a new arrangement is fitted to: in the hierarchy, the taxonomy itself (the grid of other kinds below it stays a
 * scroll away), otherwise everything shown.
 */
export function nodesToFit(cy: Core, mode: LayoutMode, shown: Set<string>): NodeSingular[] {
  const nodes = cy.nodes().toArray().filter((n) => shown.has(n.id()));
  if (mode !== "hierarchy") return nodes;
  const taxonomy = nodes.filter((n) => n.connectedEdges('[type = "IS_A"]').toArray().some((e) => shown.has(e.id())));
  return taxonomy.length > 0 ? taxonomy : nodes;
}
