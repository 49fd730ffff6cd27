import { expect, test, type Page } from "@playwright/test";
import { START_MAP_IDS } from "../../lib/graph/start-map";
import { graphFromApi, settled } from "./support";

/**
 * Names drawn on the diagram now: shown, not decluttered away, opaque, and large enough at this zoom to be drawn at all
 * (Cytoscape leaves out names whose size on screen is below min-zoomed-font-size). Their boxes come from Cytoscape.
 */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    const zoom = cy.zoom();
    return cy
      .elements()
      .filter((e) => {
        if (e.hasClass("hidden") || e.hasClass("label-hidden") || !e.data("label")) return false;
        const fontSize = parseFloat(e.style("font-size"));
        const minimum = parseFloat(e.style("min-zoomed-font-size"));
        return Number(e.style("text-opacity")) > 0 && Number(e.style("opacity")) > 0 && fontSize * zoom >= minimum;
      })
      .map((e) => {
        const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: e.id(), isNode: e.isNode(), fontPx: parseFloat(e.style("font-size")) * zoom, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
  });
}

/** Names are decluttered just after the frame that changed them is painted (lib/ui/declutter-labels.ts), hence the retries. */
async function expectNoOverlappingLabels(page: Page) {
  let labels: Awaited<ReturnType<typeof drawnLabels>> = [];
  await expect(async () => {
    labels = await drawnLabels(page);
    expect(labels.length, "some names are drawn at this zoom").toBeGreaterThan(0);
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clashes.push(`${a.id} × ${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
  }).toPass({ timeout: 5000 });
  return labels;
}

const zoomIn = (page: Page, factor: number) =>
  page.evaluate((f) => window.cy.zoom({ level: window.cy.zoom() * f, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } }), factor);

// Three page loads each on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const shownNodeIds = (page: Page) => page.evaluate(() => window.cy.nodes().filter((n) => !n.hasClass("hidden")).map((n) => n.id()).sort());

test("a first visit opens on the start map: the core concepts, named legibly, none overlapping, with a tour", async ({ page }) => {
  await page.goto("/?debug=1");
  await settled(page);
  await expect(page).toHaveURL(/[?&]map=start/);
  expect(await shownNodeIds(page)).toEqual([...START_MAP_IDS].sort());
  await expect(page.getByRole("button", { name: "Whole graph" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tour" })).toBeVisible();

  const labels = await expectNoOverlappingLabels(page);
  // Readable at the default zoom: nearly every concept named, at a size a person can read.
  const namedNodes = labels.filter((l) => l.isNode);
  expect(namedNodes.length).toBeGreaterThanOrEqual(Math.ceil(START_MAP_IDS.length * 0.8));
  for (const l of namedNodes) expect(l.fontPx, l.id).toBeGreaterThanOrEqual(8);

  // Zoomed in, the names still do not collide.
  await zoomIn(page, 2);
  await expectNoOverlappingLabels(page);
});

test("Whole graph is one click away, and a returning visitor gets the last view back", async ({ page, request }) => {
  const graph = await graphFromApi(request);
  await page.goto("/?debug=1");
  await settled(page);
  await page.getByRole("region", { name: "Tour" }).getByRole("button", { name: "Got it" }).click();
  await expect(page.getByRole("region", { name: "Tour" })).toBeHidden();

  await page.getByRole("button", { name: "Whole graph" }).click();
  await expect.poll(() => shownNodeIds(page).then((ids) => ids.length)).toBe(graph.nodes.length);
  await expect(page).not.toHaveURL(/map=start/);
  // Zoomed out on 239 concepts most names are too small to draw; in close, the drawn ones must not collide.
  await zoomIn(page, 4);
  await expectNoOverlappingLabels(page);

  // Back with no view in the URL: the whole graph again, not the start map, and no tour.
  await page.goto("/?debug=1");
  await settled(page);
  await expect.poll(() => shownNodeIds(page).then((ids) => ids.length)).toBe(graph.nodes.length);
  await expect(page.getByRole("region", { name: "Tour" })).toBeHidden();
  await page.getByRole("button", { name: "Start map" }).click();
  await expect.poll(() => shownNodeIds(page)).toEqual([...START_MAP_IDS].sort());
});

test("searching for a concept outside the start map opens the whole graph on it", async ({ page }) => {
  await page.goto("/?debug=1");
  await settled(page);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await search.fill("Code Llama");
  await search.press("Enter");
  await expect(page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText("Code Llama");
  await expect(page).not.toHaveURL(/map=start/);
  await expect.poll(() => shownNodeIds(page).then((ids) => ids.length)).toBeGreaterThan(START_MAP_IDS.length);
});
