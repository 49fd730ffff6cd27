import { describe, expect, it } from "vitest";
import { computeLayout } from "@/lib/ui/layouts";
import { viewportFor } from "@/lib/ui/viewport";
import { headlessCy, REAL_SEED, seedGraph } from "./ui-support";

describe("layouts", () => {
  it("puts every parent above its children in the hierarchy view", async () => {
    const cy = headlessCy(await seedGraph(REAL_SEED));
    const positions = computeLayout(cy, "hierarchy");
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
    const first = computeLayout(cy, "force");
    expect(cy.nodes().toArray().every((n) => n.position().x === 0 && n.position().y === 0)).toBe(true);
    expect(computeLayout(headlessCy(graph), "force")).toEqual(first);
    const xs = new Set(Object.values(first).map((p) => Math.round(p.x)));
    expect(xs.size).toBeGreaterThan(5);
  });

  it("lays out hidden nodes too, so that showing them needs no new layout", async () => {
    const cy = headlessCy(await seedGraph());
    cy.nodes('[kind = "Model"]').addClass("hidden");
    const positions = computeLayout(cy, "force");
    expect(positions["gpt-4"]).toBeDefined();
    expect(cy.$id("gpt-4").hasClass("hidden")).toBe(true);
  });

  it("lays out only the nodes asked for", async () => {
    const cy = headlessCy(await seedGraph());
    const some = cy.$id("gpt-4").closedNeighborhood().nodes();
    expect(Object.keys(computeLayout(cy, "hierarchy", some)).sort()).toEqual(some.map((n) => n.id()).sort());
  });

  it("fits points into the viewport without zooming in too far", () => {
    const fit = viewportFor([{ x: 0, y: 0 }, { x: 100, y: 50 }], { width: 400, height: 300 }, { padding: 50, maxZoom: 10 });
    expect(fit).toEqual({ zoom: 3, pan: { x: 50, y: 75 } });
    expect(viewportFor([{ x: 5, y: 5 }], { width: 400, height: 300 }, { padding: 50, maxZoom: 1.5 })?.zoom).toBe(1.5);
    expect(viewportFor([], { width: 400, height: 300 }, { padding: 50, maxZoom: 1 })).toBeNull();
  });
});
