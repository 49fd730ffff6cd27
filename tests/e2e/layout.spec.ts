import { expect, test, type Page } from "@playwright/test";
import type { PositionedGraphView } from "@/lib/layout/types";
import { openExplorer, settled } from "./support";

declare global {
  interface Window {
    /** Recorded by the init script below: node positions at the diagram's first frame, and the layouts run before it. */
    firstFrame?: { positions: Record<string, { x: number; y: number }>; layouts: string[] };
    layoutsRun?: string[];
  }
}

/**
 * Wraps the assignment of window.cy (made when the Core is created, before anything is drawn) to record every layout
 * that runs and the node positions in the first frame Cytoscape renders.
 */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let core: Window["cy"] | undefined;
    Object.defineProperty(window, "cy", {
      configurable: true,
      get: () => core,
      set: (value: Window["cy"]) => {
        core = value;
        const layouts: string[] = (window.layoutsRun = []);
        value.on("layoutstart", (event) => void layouts.push(String((event.layout as unknown as { options: { name: string } }).options.name)));
        value.one("render", () => {
          const positions: Record<string, { x: number; y: number }> = {};
          value.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
          window.firstFrame = { positions, layouts: [...layouts] };
        });
      },
    });
  });
}

async function serverLayout(page: Page, limit?: number): Promise<PositionedGraphView> {
  const response = await page.request.get(`/api/graph?positions=true${limit ? `&limit=${limit}` : ""}`);
  expect(response.ok()).toBe(true);
  const view = (await response.json()) as PositionedGraphView;
  expect(view.layout, "the server has computed the positions").not.toBeNull();
  return view;
}

test("the graph is fetched while the scripts load: the explorer's first request takes the page's preload", async ({ page }) => {
  await openExplorer(page);
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname === "/api/graph")
      .map((e) => ({ url: e.name, initiator: (e as PerformanceResourceTiming).initiatorType })),
  );
  const preload = await page.locator('link[rel="preload"][as="fetch"]').getAttribute("href");
  expect(preload).toMatch(/^\/api\/graph\?/);
  // One response for the first view, fetched by the <link> and not fetched again by the explorer's own request.
  const first = entries.filter((e) => e.url.endsWith(preload!));
  expect(first).toEqual([{ url: new URL(preload!, page.url()).href, initiator: "link" }]);
});

test("the seed graph's first frame already shows the server's positions: no layout ran before it", async ({ page }) => {
  const { layout, nodes } = await serverLayout(page);
  await recordFirstFrame(page);
  await openExplorer(page);
  const first = await page.evaluate(() => window.firstFrame);
  expect(first, "a first frame was recorded").toBeDefined();
  expect(Object.keys(first!.positions)).toHaveLength(nodes.length);
  for (const [id, [x, y]] of Object.entries(layout!.force)) expect(first!.positions[id], id).toEqual({ x, y });
  expect(first!.layouts.filter((name) => name !== "preset")).toEqual([]);

  // The hierarchy is the server's too, again without a layout algorithm in the page.
  await page.getByRole("button", { name: "Hierarchy layout" }).click();
  await settled(page);
  const hierarchy = await page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.position()])));
  for (const [id, [x, y]] of Object.entries(layout!.hierarchy)) expect(hierarchy[id], id).toEqual({ x, y });
  expect(await page.evaluate(() => window.layoutsRun!.filter((name) => name !== "preset"))).toEqual([]);
});

test("filters hide nodes without moving any", async ({ page }) => {
  await openExplorer(page);
  const before = await page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.position()])));
  await page.getByRole("button", { name: /^Model \d+ nodes$/ }).click();
  await settled(page);
  expect(await page.evaluate(() => window.cy.nodes('[kind = "Model"]').toArray().every((n) => n.hasClass("hidden")))).toBe(true);
  const after = await page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.position()])));
  expect(after).toEqual(before);
});
