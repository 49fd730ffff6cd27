import { describe, expect, it } from "vitest";
import { applyView, focusNodeIds } from "@/lib/ui/apply-view";
import { DEFAULT_VIEW } from "@/lib/ui/view-state";
import { headlessCy, seedGraph } from "./ui-support";

const shownNodeIds = (cy: ReturnType<typeof headlessCy>) => cy.nodes(":visible").map((n) => n.id()).sort();

describe("applying a view to the diagram", () => {
  it("hides filtered kinds and types without moving anything", async () => {
    const cy = headlessCy(await seedGraph());
    cy.nodes().positions((_n, i) => ({ x: i * 10, y: i }));
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    applyView(cy, { ...DEFAULT_VIEW, hideKinds: ["Model"], hideTypes: ["IS_A"] }, null);
    expect(cy.nodes('[kind = "Model"]').toArray().every((n) => n.hasClass("hidden"))).toBe(true);
    expect(cy.nodes('[kind != "Model"]').toArray().every((n) => n.visible())).toBe(true);
    expect(cy.edges('[type = "IS_A"]').toArray().every((e) => !e.visible())).toBe(true);
    expect(cy.nodes().map((n) => n.position())).toEqual(before);
    applyView(cy, DEFAULT_VIEW, null);
    expect(cy.elements(".hidden")).toHaveLength(0);
  });

  it("shows only the focus set: expanded nodes and their neighbours", async () => {
    const cy = headlessCy(await seedGraph());
    applyView(cy, { ...DEFAULT_VIEW, focus: ["dall-e-3"] }, null);
    expect(shownNodeIds(cy)).toEqual(["dall-e-3", "diffusion-model", "generative-ai", "image", "image-generation", "openai"]);
    applyView(cy, { ...DEFAULT_VIEW, focus: ["dall-e-3", "openai"] }, null);
    expect(shownNodeIds(cy)).toContain("chatgpt");
    expect(focusNodeIds(cy, ["dall-e-3"], ["DEVELOPED_BY"]).has("openai")).toBe(false);
  });

  it("selects and highlights the neighbourhood of the selected node", async () => {
    const cy = headlessCy(await seedGraph());
    applyView(cy, { ...DEFAULT_VIEW, selection: { kind: "node", id: "large-language-model" } }, null);
    expect(cy.$(".selected").map((e) => e.id())).toEqual(["large-language-model"]);
    expect(cy.$id("generative-ai").hasClass("highlighted")).toBe(true);
    expect(cy.$id("island-a").hasClass("faded")).toBe(true);
    applyView(cy, DEFAULT_VIEW, null);
    expect(cy.$(".selected")).toHaveLength(0);
    expect(cy.elements(".faded, .highlighted")).toHaveLength(0);
  });

  it("touches only the elements whose classes change, so a new selection does not restyle the whole graph", async () => {
    const cy = headlessCy(await seedGraph());
    const llm = { ...DEFAULT_VIEW, selection: { kind: "node" as const, id: "large-language-model" } };
    applyView(cy, llm, null);
    const touched = new Set<string>();
    cy.on("class", (event) => void touched.add(event.target.id()));
    applyView(cy, llm, null);
    expect(touched.size).toBe(0);

    applyView(cy, { ...DEFAULT_VIEW, selection: { kind: "node", id: "generative-ai" } }, null);
    expect(touched.size).toBeGreaterThan(0);
    expect(touched.size).toBeLessThan(cy.elements().length);
    // What changed is what the two neighbourhoods decide; everything faded before and after kept its classes.
    const neighbourhoods = cy.$id("large-language-model").closedNeighborhood().union(cy.$id("generative-ai").closedNeighborhood());
    for (const id of touched) expect(neighbourhoods.has(cy.getElementById(id)), id).toBe(true);
  });

  it("marks a path and dims the rest, showing the path even through filters", async () => {
    const cy = headlessCy(await seedGraph());
    const highlight = { nodes: ["large-language-model", "generative-ai"], edges: ["large-language-model--IS_A--generative-ai"] };
    applyView(cy, { ...DEFAULT_VIEW, hideKinds: ["Category"] }, highlight);
    expect(cy.$id("large-language-model").hasClass("path-node")).toBe(true);
    expect(cy.$id("large-language-model--IS_A--generative-ai").hasClass("path-edge")).toBe(true);
    expect(cy.$id("generative-ai").visible()).toBe(true);
    expect(cy.$id("gpt-4").hasClass("dimmed")).toBe(true);
    expect(cy.$id("multimodal-model").visible()).toBe(false);
  });

  it("sets non-IS_A edges back in the hierarchy view", async () => {
    const cy = headlessCy(await seedGraph());
    applyView(cy, { ...DEFAULT_VIEW, layout: "hierarchy" }, null);
    expect(cy.edges(".secondary").toArray().every((e) => e.data("type") !== "IS_A")).toBe(true);
    expect(cy.edges('[type != "IS_A"]').toArray().every((e) => e.hasClass("secondary"))).toBe(true);
  });
});

describe("edge labels of a selection", () => {
  it("labels a small neighbourhood at any zoom", async () => {
    const cy = headlessCy(await seedGraph());
    applyView(cy, { ...DEFAULT_VIEW, selection: { kind: "node", id: "dall-e-3" } }, null);
    const edge = cy.$id("dall-e-3--IS_A--generative-ai");
    expect(edge.hasClass("labelled")).toBe(true);
    expect(parseFloat(edge.style("min-zoomed-font-size"))).toBe(0);
  });
});
