import { describe, expect, it } from "vitest";
import { START_MAP_IDS } from "@/lib/graph/start-map";
import { KIND_STYLE, nodeFontSize, PALETTE, REL_STYLE } from "@/lib/graph/style";
import { labelBox, renderGraphSvg, viewBoxOf, wrapLabel, type SvgEdge, type SvgNode } from "@/lib/graph/svg-render";
import { labelsToHide } from "@/lib/ui/label-declutter";
import { startMapLayout } from "@/lib/layout/start-map-layout";
import { toElements, type NodeData } from "@/lib/graph/to-elements";
import { headlessCy, REAL_SEED, seedGraph } from "./ui-support";

const nodes: SvgNode[] = [
  { id: "llm", label: "Large Language Model", kind: "Category", degree: 112, size: 68, x: 0, y: 0 },
  { id: "gpt", label: "GPT-4 <& \"quoted\">", kind: "Model", degree: 17, size: 49, x: 150, y: 130, state: "selected" },
  { id: "hid", label: "Hidden Name", kind: "Product", degree: 1, size: 25, x: -150, y: 130, labelHidden: true },
];
const edges: SvgEdge[] = [
  { id: "gpt--IS_A--llm", source: "gpt", target: "llm", type: "IS_A" },
  { id: "hid--BUILT_ON--gpt", source: "hid", target: "gpt", type: "BUILT_ON", label: "built on" },
  { id: "dangling", source: "gpt", target: "nowhere", type: "GENERATES" },
];

/** Every opened element is closed in order: the markup is well-formed XML (the browser's DOMParser reads it in tests/e2e/svg.spec.ts). */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  expect(svg).not.toMatch(/<[^>]*<|&(?!amp;|lt;|gt;|quot;)/);
}

describe("renderGraphSvg", () => {
  it("draws every node in its kind's colour, each edge in its type's, with names escaped, in a fixed palette", () => {
    const svg = renderGraphSvg(nodes, edges, { theme: "dark", title: "Test <map>" });
    expectWellFormed(svg);
    expect(svg).toContain(`fill="${KIND_STYLE.Category.color}"`);
    expect(svg).toContain(`fill="${KIND_STYLE.Model.color}"`);
    expect(svg).toContain(`stroke="${REL_STYLE.IS_A.color}"`);
    expect(svg).toContain(`fill="${PALETTE.dark.background}"`);
    expect(svg).toContain("GPT-4 &lt;&amp; &quot;quoted&quot;&gt;");
    expect(svg).toContain("<title>Test &lt;map&gt;</title>");
    // The selection's ring is the accent colour; a decluttered name stays out; the edge name is written.
    expect(svg).toContain(`stroke="${PALETTE.dark.accent}" stroke-width="3"`);
    expect(svg).not.toContain("Hidden Name");
    expect(svg).toContain(">built on</text>");
    expect(svg).not.toContain("dangling");
    expect(svg).not.toContain("var(--graph");
  });

  it('with theme "css", takes the palette from CSS variables set for both themes, and links each node', () => {
    const svg = renderGraphSvg(nodes, edges, { theme: "css", title: "Map", href: (id) => `/?node=${id}` });
    expectWellFormed(svg);
    expect(svg).toContain('href="/?node=llm"');
    expect(svg).toContain('aria-label="Large Language Model (Category)"');
    expect(svg).toContain("var(--graph-text)");
    for (const theme of ["light", "dark"] as const) expect(svg).toContain(`--graph-background:${PALETTE[theme].background}`);
    expect(svg).toContain(".dark .graph-svg");
  });

  it('fits "nodes" to the node centres as the canvas does, and "content" to everything drawn', () => {
    expect(viewBoxOf(nodes, "nodes")).toEqual({ x: -150, y: 0, w: 300, h: 130 });
    const content = viewBoxOf(nodes, "content");
    expect(content.x).toBeLessThan(-150 - 12);
    expect(content.y + content.h).toBeGreaterThan(labelBox(nodes[1]).y2);
  });

  it("wraps names no wider than the canvas's text-max-width", () => {
    expect(wrapLabel("Large Language Model", 20)).toEqual(["Large", "Language", "Model"]);
    expect(wrapLabel("GPT-4", 20)).toEqual(["GPT-4"]);
  });

  it("sizes names as the Cytoscape stylesheet does (one source: LOOK in lib/graph/style.ts)", async () => {
    const cy = headlessCy(await seedGraph());
    cy.nodes().forEach((n) => {
      expect(parseFloat(n.style("font-size")), n.id()).toBeCloseTo(nodeFontSize(n.data("degree")), 5);
    });
  });
});

describe("the start map's layout", () => {
  it("leaves room for every name: the declutter pass, fed the drawn names' boxes, hides none", async () => {
    const graph = await seedGraph(REAL_SEED);
    const positions = (await startMapLayout(graph))!;
    const inMap = new Set<string>(START_MAP_IDS);
    const boxes = toElements(graph)
      .filter((e) => e.group === "nodes" && inMap.has(String(e.data.id)))
      .map((e) => {
        const d = e.data as NodeData;
        // The estimate is widened by a tenth: the browser's font may run wider than the server's guess.
        const b = labelBox({ ...d, ...positions[d.id] });
        const slack = (b.x2 - b.x1) * 0.05;
        return { id: d.id, x1: b.x1 - slack, x2: b.x2 + slack, y1: b.y1, y2: b.y2, priority: d.degree };
      });
    expect(boxes).toHaveLength(START_MAP_IDS.length);
    expect([...labelsToHide(boxes)]).toEqual([]);
  });
});
