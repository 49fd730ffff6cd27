import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KINDS, REL_TYPES } from "@/lib/graph/schema";
import { graphStyle, KIND_STYLE, miniStyle, PALETTE, REL_STYLE } from "@/lib/graph/style";
import { headlessCy, seedGraph } from "./ui-support";

afterEach(() => vi.restoreAllMocks());

describe("stylesheet", () => {
  it.each(["light", "dark"] as const)("parses without a warning (%s)", (theme) => {
    const warn = vi.spyOn(console, "warn");
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStyle(theme) });
    cy.destroy();
    expect(warn).not.toHaveBeenCalled();
  });

  it("gives each kind its own colour and shape, and each type its own colour or line", () => {
    const kinds = KINDS.map((k) => `${KIND_STYLE[k].color} ${KIND_STYLE[k].shape}`);
    expect(new Set(KINDS.map((k) => KIND_STYLE[k].color)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => KIND_STYLE[k].shape)).size).toBe(KINDS.length);
    expect(new Set(kinds).size).toBe(KINDS.length);
    expect(new Set(REL_TYPES.map((t) => `${REL_STYLE[t].color} ${REL_STYLE[t].line}`)).size).toBe(REL_TYPES.length);
  });

  it("styles nodes by kind and edges by type", async () => {
    const cy = headlessCy(await seedGraph());
    expect(cy.$id("gpt-4").style("shape")).toBe(KIND_STYLE.Model.shape);
    const isa = cy.$id("large-language-model--IS_A--generative-ai");
    expect(isa.style("target-arrow-fill")).toBe("hollow");
    expect(cy.$id("chatgpt--SUITED_FOR--customer-support").style("line-style")).toBe("dashed");
  });

  it("shows edge labels only when zoomed in, unless the edge is highlighted or on a path", async () => {
    const cy = headlessCy(await seedGraph());
    const edge = cy.$id("large-language-model--IS_A--generative-ai");
    expect(parseFloat(edge.style("min-zoomed-font-size"))).toBeGreaterThan(parseFloat(edge.style("font-size")));
    edge.addClass("path-edge");
    expect(parseFloat(edge.style("min-zoomed-font-size"))).toBe(0);
    expect(edge.style("line-color")).toBe(hexToRgb(PALETTE.light.path));
  });

  it("hides above every other class", async () => {
    const cy = headlessCy(await seedGraph());
    const node = cy.$id("gpt-4").addClass("path-node hidden");
    expect(node.style("display")).toBe("none");
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
}

describe("comparison diagram style", () => {
  it.each(["light", "dark"] as const)("extends the explorer's rules and parses without a warning (%s)", (theme) => {
    const warn = vi.spyOn(console, "warn");
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: miniStyle(theme),
      elements: [
        { group: "nodes", data: { id: "a", label: "A", kind: "Model", degree: 1, size: 27 }, classes: "end" },
        { group: "nodes", data: { id: "b", label: "B", kind: "Category", degree: 1, size: 27 } },
        { group: "edges", data: { id: "a-b", source: "a", target: "b", type: "IS_A", label: "is a" }, classes: "inferred" },
      ],
    });
    expect(cy.$id("a").style("shape")).toBe(KIND_STYLE.Model.shape);
    expect(cy.$id("a").width()).toBe(28);
    expect(cy.$id("b").width()).toBe(18);
    expect(cy.$id("a-b").style("line-style")).toBe("dashed");
    // Label colours come from the theme's palette, as in the explorer.
    const explorer = cytoscape({ headless: true, styleEnabled: true, style: graphStyle(theme), elements: [{ data: { id: "a", label: "A", degree: 1, size: 27 } }] });
    expect(cy.$id("a").style("color")).toBe(explorer.$id("a").style("color"));
    explorer.destroy();
    cy.destroy();
    expect(warn).not.toHaveBeenCalled();
  });
});
