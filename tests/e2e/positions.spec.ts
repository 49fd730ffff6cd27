import { expect, test, type Page } from "@playwright/test";
import type { PositionedGraphView } from "@/lib/layout/types";
import { LLM, openExplorer, settled } from "./support";

const positionOf = (page: Page, id: string) => page.evaluate((nodeId) => ({ ...window.cy.$id(nodeId).position() }), id);

/** A real drag with the mouse: press on the node's rendered position, move in steps, release. */
async function drag(page: Page, id: string, by: { x: number; y: number }): Promise<void> {
  const canvas = (await page.locator("[data-graph-ready]").boundingBox())!;
  const at = await page.evaluate((nodeId) => window.cy.$id(nodeId).renderedPosition(), id);
  await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
  await page.mouse.down();
  await page.mouse.move(canvas.x + at.x + by.x, canvas.y + at.y + by.y, { steps: 8 });
  await page.mouse.up();
}

test("headless Chromium here has only software GL, so the diagram keeps the 2D canvas renderer", async ({ page }) => {
  await openExplorer(page);
  await expect(page.locator("[data-graph-ready]")).toHaveAttribute("data-renderer", "canvas");
  const gl = await page.evaluate(() => {
    const context = document.createElement("canvas").getContext("webgl2");
    const info = context?.getExtension("WEBGL_debug_renderer_info");
    return context ? String(info ? context.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unnamed") : "no context";
  });
  console.log(`[renderer] WebGL2 here: ${gl}`);
  expect(gl).toMatch(/no context|unnamed|swiftshader|llvmpipe|software/i);
});

test("a dragged node stays where it was dropped across reloads, until Reset layout", async ({ page }) => {
  // Three page loads; on a shared two-core machine one load alone can take 15 s.
  test.setTimeout(90_000);
  const server = (await (await page.request.get("/api/graph?positions=true")).json()) as PositionedGraphView;
  const [sx, sy] = server.layout!.force[LLM];
  await openExplorer(page);
  expect(await positionOf(page, LLM)).toEqual({ x: sx, y: sy });

  await drag(page, LLM, { x: 90, y: 70 });
  const dropped = await positionOf(page, LLM);
  expect(Math.hypot(dropped.x - sx, dropped.y - sy), "the node moved").toBeGreaterThan(20);

  await page.reload();
  await settled(page);
  const reloaded = await positionOf(page, LLM);
  expect(reloaded.x).toBeCloseTo(dropped.x, -0.5);
  expect(reloaded.y).toBeCloseTo(dropped.y, -0.5);

  await page.getByRole("button", { name: "Reset layout" }).click();
  await expect.poll(() => positionOf(page, LLM)).toEqual({ x: sx, y: sy });
  await page.reload();
  await settled(page);
  expect(await positionOf(page, LLM)).toEqual({ x: sx, y: sy });
});
