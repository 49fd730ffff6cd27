import { expect, test, type Page } from "@playwright/test";
import { START_MAP_IDS } from "../../lib/graph/start-map";
import { graphFromApi, selectedNode, settled } from "./support";

declare global {
  interface Window {
    /** Recorded by the init script below at the first contentful paint: the server's drawing and where its nodes were. */
    atFirstPaint?: { frame: boolean; shown: boolean; nodes: Record<string, { x: number; y: number }> } | null;
  }
}

const startMapNames = async (page: Page) => {
  const graph = await graphFromApi(page.request);
  const inMap = new Set<string>(START_MAP_IDS);
  return graph.nodes.filter((n) => inMap.has(n.id));
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page shows the start map as SVG: every name, a legend with real counts, and a link to each concept's details", async ({ page }) => {
    const nodes = await startMapNames(page);
    const graph = await graphFromApi(page.request);
    await page.goto("/");
    const figure = page.getByRole("figure", { name: /^Start map: 21 of \d+ AI concepts$/ });
    await expect(figure).toBeVisible();
    const svg = figure.locator("svg");
    await expect(svg).toHaveAttribute("aria-label", /Start map/);
    for (const n of nodes) await expect(figure.getByRole("link", { name: `${n.name} (${n.kind})` })).toBeVisible();
    expect(await figure.getByRole("link").count()).toBe(START_MAP_IDS.length);
    // Names are drawn as text (wrapped into lines), and every edge between two of them is drawn.
    const text = (await svg.locator("text").allTextContents()).join(" ");
    for (const n of nodes) for (const word of n.name.split(" ")) expect(text).toContain(word);
    const inMap = new Set<string>(START_MAP_IDS);
    const edges = graph.relationships.filter((r) => inMap.has(r.source) && inMap.has(r.target));
    expect(await svg.locator("[data-edge-id]").count()).toBe(edges.length);

    // The legend counts the graph the explorer loads.
    const categories = graph.nodes.filter((n) => n.kind === "Category").length;
    await expect(page.getByRole("button", { name: new RegExp(`^Category.*${categories}`) })).toBeVisible();

    await figure.getByRole("link", { name: "GPT-4 (Model)" }).click();
    await expect(page).toHaveURL(/\?map=start&node=gpt-4$/);
    await expect(page.getByRole("heading", { level: 2, name: "GPT-4" })).toBeVisible();
    const details = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "GPT-4" }) });
    await expect(details.getByRole("link", { name: "Large Language Model" }).first()).toBeVisible();
  });
});

const recordFirstPaint = (page: Page) =>
  page.addInitScript(() => {
    window.atFirstPaint = null;
    new PerformanceObserver((list) => {
      if (window.atFirstPaint || !list.getEntries().some((e) => e.name === "first-contentful-paint")) return;
      const nodes: Record<string, { x: number; y: number }> = {};
      document.querySelectorAll("[data-first-frame] a[data-node-id]").forEach((a) => {
        // The node's shape, not its name: the first child group.
        const b = a.firstElementChild!.getBoundingClientRect();
        nodes[a.getAttribute("data-node-id")!] = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      });
      const figure = document.querySelector("[data-first-frame]");
      window.atFirstPaint = { frame: figure !== null, shown: figure !== null && getComputedStyle(figure).display !== "none", nodes };
    }).observe({ type: "paint", buffered: true });
  });

test("at the first paint the server's SVG is on screen; the canvas takes over at the same screen positions and the SVG goes", async ({ page }) => {
  await recordFirstPaint(page);
  await page.goto("/?debug=1");
  await expect.poll(() => page.evaluate(() => window.atFirstPaint?.shown ?? null)).toBe(true);
  await settled(page);
  await expect(page.locator("[data-first-frame]")).toHaveCount(0);

  const before = (await page.evaluate(() => window.atFirstPaint!.nodes))!;
  expect(Object.keys(before).sort()).toEqual([...START_MAP_IDS].sort());
  const canvas = (await page.locator("[data-graph-ready]").boundingBox())!;
  const after = await page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.cy.nodes().filter((n) => !n.hasClass("hidden")).forEach((n) => void (out[n.id()] = n.renderedPosition()));
    return out;
  });
  expect(Object.keys(after).sort()).toEqual([...START_MAP_IDS].sort());
  for (const id of START_MAP_IDS) {
    const [b, a] = [before[id], { x: canvas.x + after[id].x, y: canvas.y + after[id].y }];
    expect(Math.hypot(a.x - b.x, a.y - b.y), `${id}: SVG at ${b.x},${b.y}, canvas at ${a.x},${a.y}`).toBeLessThan(4);
  }
});

test("a name clicked on the SVG before the canvas is up is selected once it is", async ({ page }) => {
  // The graph is held back, so the canvas cannot take over until the click has been made.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/graph?**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/?debug=1");
  const frame = page.locator("[data-first-frame]");
  await expect(frame).toBeVisible();
  // Hydrated: the explorer has read the URL (it writes the start map into it).
  await expect(page).toHaveURL(/map=start/);
  await frame.getByRole("link", { name: "GPT-4 (Model)" }).click();
  await expect(page).toHaveURL(/node=gpt-4/);
  await expect(frame).toBeVisible();
  release();
  await settled(page);
  expect(await selectedNode(page)).toBe("gpt-4");
  await expect(frame).toHaveCount(0);
});

test("a returning visitor whose last view was the whole graph does not see the start map flash", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("explorer:last-view", ""));
  await recordFirstPaint(page);
  await page.goto("/?debug=1");
  await expect.poll(() => page.evaluate(() => window.atFirstPaint ?? null)).not.toBeNull();
  expect(await page.evaluate(() => window.atFirstPaint!.shown)).toBe(false);
  await settled(page);
  await expect(page).not.toHaveURL(/map=start/);
  await expect(page.locator("[data-first-frame]")).toHaveCount(0);
});
