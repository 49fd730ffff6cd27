import type { Core, EdgeSingular, LayoutOptions, NodeCollection, NodeSingular, Position } from "cytoscape";
import { KINDS } from "@/lib/graph/schema";
import { withSeededRandom } from "./seeded-random";
import type { LayoutMode } from "./view-state";
import { ANIMATION_MS } from "./viewport";

export type Positions = Record<string, Position>;

const SEED = 20240601;
/** Above this many nodes fCoSE's refinement pass costs seconds; its spectral draft alone is still readable. */
const DRAFT_ABOVE = 1500;
/** Room per name in the hierarchy: a rank with more than PER_ROW nodes takes several interleaved rows. */
const SLOT = 130;
const PER_ROW = 9;
const SUB_ROW_GAP = 72;
const RANK_GAP = 130;
const GRID_CELL = { w: 130, h: 86 };

/** Extensions' options (fcose, dagre) and function-valued preset positions are outside Cytoscape's LayoutOptions types. */
const layoutOptions = (options: { name: string } & Record<string, unknown>) => options as unknown as LayoutOptions;

export function snapshotPositions(nodes: NodeCollection): Positions {
  const out: Positions = {};
  nodes.forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}

/**
 * Computes a layout of `nodes` (all when omitted) and returns the positions without moving anything, so the caller can
 * cache them and animate to them. Hidden elements take part: filters hide, they must not reshape the layout.
 */
export function computeLayout(cy: Core, mode: LayoutMode, nodes = cy.nodes(), options: { incremental?: boolean } = {}): Positions {
  const before = snapshotPositions(cy.nodes());
  // Layout extensions skip elements with display:none; lift the filters while computing (nothing renders in between).
  const hidden = cy.elements(".hidden");
  hidden.removeClass("hidden");
  try {
    if (mode === "hierarchy") return hierarchyPositions(nodes);
    return withSeededRandom(SEED, () => {
      nodes
        .union(nodes.edgesWith(nodes))
        .layout(
          layoutOptions({
            name: "fcose",
            quality: nodes.length > DRAFT_ABOVE ? "draft" : "default",
            randomize: !options.incremental,
            animate: false,
            fit: false,
            // Names count as part of a node, and repulsion is strong: the graph is dense around a few hubs, and names that
            // overlap once zoomed in defeat the purpose (measured: about a sixth of the overlaps of fCoSE's defaults).
            nodeDimensionsIncludeLabels: true,
            nodeSeparation: 160,
            nodeRepulsion: () => 60000,
            idealEdgeLength: (edge: EdgeSingular) => 110 + 6 * Math.sqrt(Math.min(edge.source().degree(false), edge.target().degree(false))),
            edgeElasticity: () => 0.3,
            gravity: 0.1,
            numIter: 2500,
            tile: true,
          }),
        )
        .run();
      return snapshotPositions(nodes);
    });
  } finally {
    cy.nodes().forEach((n) => {
      const p = before[n.id()];
      if (p) n.position(p);
    });
    hidden.addClass("hidden");
  }
}

/**
 * The is-a hierarchy: dagre ranks the IS_A tree with parents on top (edges run child → parent, hence rank direction
 * bottom-to-top) and orders each rank to limit crossings; each rank is then spread evenly in that order, a crowded rank
 * over a few interleaved rows so that neighbouring names do not collide. Nodes outside the taxonomy go in a grid
 * below, grouped by kind.
 */
function hierarchyPositions(nodes: NodeCollection): Positions {
  const isa = nodes.edgesWith(nodes).filter('[type = "IS_A"]');
  const tree = isa.connectedNodes();
  let box = { x1: 0, x2: 0, y2: -120 };
  const positions: Positions = {};
  if (tree.nonempty()) {
    tree
      .union(isa)
      .layout(
        layoutOptions({
          name: "dagre",
          rankDir: "BT",
          nodeSep: 18,
          edgeSep: 5,
          rankSep: 50,
          sort: (a: NodeSingular, b: NodeSingular) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0),
          animate: false,
          fit: false,
        }),
      )
      .run();
    Object.assign(positions, spreadRanks(tree));
    const xs = Object.values(positions).map((p) => p.x);
    box = { x1: Math.min(...xs), x2: Math.max(...xs), y2: Math.max(...Object.values(positions).map((p) => p.y)) };
  }
  Object.assign(positions, gridByKind(nodes.difference(tree), box));
  return positions;
}

function spreadRanks(tree: NodeCollection): Positions {
  const ranks = new Map<number, NodeSingular[]>();
  tree.forEach((n) => {
    const y = Math.round(n.position().y);
    ranks.set(y, [...(ranks.get(y) ?? []), n]);
  });
  const positions: Positions = {};
  let y = 0;
  for (const rankY of [...ranks.keys()].sort((a, b) => a - b)) {
    const row = ranks.get(rankY)!.sort((a, b) => a.position().x - b.position().x);
    const rows = Math.ceil(row.length / PER_ROW);
    const step = SLOT / rows;
    row.forEach((n, i) => {
      positions[n.id()] = { x: (i - (row.length - 1) / 2) * step, y: y + (i % rows) * SUB_ROW_GAP };
    });
    y += (rows - 1) * SUB_ROW_GAP + RANK_GAP;
  }
  return positions;
}

function gridByKind(nodes: NodeCollection, above: { x1: number; x2: number; y2: number }): Positions {
  const positions: Positions = {};
  const width = Math.max(above.x2 - above.x1, 8 * GRID_CELL.w);
  const columns = Math.max(6, Math.floor(width / GRID_CELL.w));
  const left = (above.x1 + above.x2) / 2 - ((columns - 1) * GRID_CELL.w) / 2;
  let y = above.y2 + 140;
  for (const kind of KINDS) {
    const group = nodes
      .filter((n) => n.data("kind") === kind)
      .sort((a, b) => String(a.data("label")).localeCompare(String(b.data("label"))));
    if (group.empty()) continue;
    group.forEach((n, i) => {
      positions[n.id()] = { x: left + (i % columns) * GRID_CELL.w, y: y + Math.floor(i / columns) * GRID_CELL.h };
    });
    y += Math.ceil(group.length / columns) * GRID_CELL.h + 50;
  }
  return positions;
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
