import { describe, expect, it } from "vitest";
import { completePositions, computeLayout } from "@/lib/ui/layouts";
import { viewportFor } from "@/lib/ui/viewport";
import { headlessCy, REAL_SEED, seedGraph } from "./ui-support";

// Generous timeouts: the first test also loads the seed and the layout module, and the machine is shared.
describe("layouts in the browser", { timeout: 30_000 }, () => {
  it("puts every parent above its children in the hierarchy view, the other kinds below", async () => {
    const cy = headlessCy(await seedGraph(REAL_SEED));
    const positions = await computeLayout("hierarchy", cy.nodes());
    expect(Object.keys(positions)).toHaveLength(cy.nodes().length);
    cy.edges('[type = "IS_A"]').forEach((e) => {
      expect(positions[e.target().id()].y, e.id()).toBeLessThan(positions[e.source().id()].y);
    });
    const taxonomy = cy.edges('[type = "IS_A"]').connectedNodes();
    const lowestTaxon = Math.max(...taxonomy.map((n) => positions[n.id()].y));
    cy.nodes().difference(taxonomy).forEach((n) => expect(positions[n.id()].y).toBeGreaterThan(lowestTaxon));
  });

  it("computes positions without moving anything, the same way every time", async () => {
    const graph = await seedGraph();
    const cy = headlessCy(graph);
    const first = await computeLayout("force", cy.nodes());
    expect(cy.nodes().toArray().every((n) => n.position().x === 0 && n.position().y === 0)).toBe(true);
    expect(await computeLayout("force", headlessCy(graph).nodes())).toEqual(first);
    const xs = new Set(Object.values(first).map((p) => Math.round(p.x)));
    expect(xs.size).toBeGreaterThan(5);
  });

  it("lays out hidden nodes too, so that showing them needs no new layout", async () => {
    const cy = headlessCy(await seedGraph());
    cy.nodes('[kind = "Model"]').addClass("hidden");
    const positions = await computeLayout("force", cy.nodes());
    expect(positions["gpt-4"]).toBeDefined();
    expect(cy.$id("gpt-4").hasClass("hidden")).toBe(true);
  });

  it("lays out only the nodes asked for, and a refinement keeps their neighbourhood's shape", async () => {
    const cy = headlessCy(await seedGraph());
    const some = cy.$id("gpt-4").closedNeighborhood().nodes();
    expect(Object.keys(await computeLayout("hierarchy", some)).sort()).toEqual(some.map((n) => n.id()).sort());
    some.forEach((n, i) => void n.position({ x: 1000 + 40 * i, y: -500 }));
    const refined = await computeLayout("force", some, { refine: true });
    const xs = Object.values(refined).map((p) => p.x);
    // Started from x ≈ 1000…1000+40n: the refinement stays about there instead of starting from scratch around 0.
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeGreaterThan(500);
  });

  it("completes positions: a node the server did not place goes next to its placed neighbours", async () => {
    const cy = headlessCy(await seedGraph());
    const all = await computeLayout("force", cy.nodes());
    const { ["gpt-4"]: _left, ...partial } = all;
    const full = completePositions(cy, partial);
    expect(Object.keys(full).sort()).toEqual(Object.keys(all).sort());
    const around = cy.$id("gpt-4").neighborhood().nodes().map((n) => full[n.id()]);
    const centre = { x: around.reduce((s, p) => s + p.x, 0) / around.length, y: around.reduce((s, p) => s + p.y, 0) / around.length };
    expect(Math.hypot(full["gpt-4"].x - centre.x, full["gpt-4"].y - centre.y)).toBeLessThan(120);
    for (const id of Object.keys(partial)) expect(full[id]).toEqual(partial[id]);
  });

  it("fits points into the viewport without zooming in too far", () => {
    const fit = viewportFor([{ x: 0, y: 0 }, { x: 100, y: 50 }], { width: 400, height: 300 }, { padding: 50, maxZoom: 10 });
    expect(fit).toEqual({ zoom: 3, pan: { x: 50, y: 75 } });
    expect(viewportFor([{ x: 5, y: 5 }], { width: 400, height: 300 }, { padding: 50, maxZoom: 1.5 })?.zoom).toBe(1.5);
    expect(viewportFor([], { width: 400, height: 300 }, { padding: 50, maxZoom: 1 })).toBeNull();
  });
});
