import { expect, test, type Page } from "@playwright/test";
import { START_MAP_IDS } from "../../lib/graph/start-map";
import type { PositionedGraphView } from "@/lib/layout/types";
import { settled } from "./support";

// A page load or two each on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

/** The start map's names as the canvas has them once decluttered: hidden by the declutter pass, or too small to draw. */
function names(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    return cy
      .nodes()
      .filter((n) => !n.hasClass("hidden"))
      .map((n) => ({
        id: n.id(),
        decluttered: n.hasClass("label-hidden"),
        tooSmall: parseFloat(n.style("font-size")) * cy.zoom() < parseFloat(n.style("min-zoomed-font-size")),
      }));
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`on the start map no name is decluttered away at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/?debug=1");
    await settled(page);
    // The declutter pass runs just after the frame that placed the names (lib/ui/declutter-labels.ts): give it a moment.
    await page.waitForTimeout(300);
    const shown = await names(page);
    expect(shown.map((n) => n.id).sort()).toEqual([...START_MAP_IDS].sort());
    expect(shown.filter((n) => n.decluttered).map((n) => n.id)).toEqual([]);
    // On a desktop screen every name is also large enough to be drawn at the zoom that fits the map.
    if (size.width >= 1280) expect(shown.filter((n) => n.tooSmall).map((n) => n.id)).toEqual([]);
  });
}

const positionOf = (page: Page, id: string) => page.evaluate((nodeId) => ({ ...window.cy.$id(nodeId).position() }), id);

test("a drag on the start map lasts across reloads, until Reset layout", async ({ page }) => {
  const server = (await (await page.request.get("/api/graph?positions=true")).json()) as PositionedGraphView;
  const [sx, sy] = server.layout!.start!["gpt-4"];
  await page.goto("/?debug=1");
  await settled(page);
  await expect(page).toHaveURL(/map=start/);
  expect(await positionOf(page, "gpt-4")).toEqual({ x: sx, y: sy });

  const canvas = (await page.locator("[data-graph-ready]").boundingBox())!;
  const at = await page.evaluate(() => window.cy.$id("gpt-4").renderedPosition());
  await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
  await page.mouse.down();
  await page.mouse.move(canvas.x + at.x + 60, canvas.y + at.y + 50, { steps: 8 });
  await page.mouse.up();
  const dropped = await positionOf(page, "gpt-4");
  expect(Math.hypot(dropped.x - sx, dropped.y - sy), "the node moved").toBeGreaterThan(20);

  // The server's drawing has the node where the server put it: it is hidden before the first paint rather than shown and
  // then jumped from.
  await page.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      const frame = document.querySelector("[data-first-frame]");
      (window as unknown as { frameShown: boolean }).frameShown = frame !== null && getComputedStyle(frame).display !== "none";
    }),
  );
  await page.reload();
  await settled(page);
  await expect(page).toHaveURL(/map=start/);
  expect(await page.evaluate(() => (window as unknown as { frameShown?: boolean }).frameShown)).toBe(false);
  const reloaded = await positionOf(page, "gpt-4");
  expect(reloaded.x).toBeCloseTo(dropped.x, -0.5);
  expect(reloaded.y).toBeCloseTo(dropped.y, -0.5);
  // The whole graph's own arrangement is untouched by it.
  await page.getByRole("button", { name: "Whole graph" }).click();
  await settled(page);
  expect(await positionOf(page, "gpt-4")).toEqual({ x: server.layout!.force["gpt-4"][0], y: server.layout!.force["gpt-4"][1] });
  await page.getByRole("button", { name: "Start map" }).click();
  await settled(page);

  await page.getByRole("button", { name: "Reset layout" }).click();
  await expect.poll(() => positionOf(page, "gpt-4")).toEqual({ x: sx, y: sy });
  await page.reload();
  await settled(page);
  expect(await positionOf(page, "gpt-4")).toEqual({ x: sx, y: sy });
});
