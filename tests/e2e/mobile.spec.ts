import { expect, test, type Page } from "@playwright/test";
import { details, LLM, openExplorer, selectedIds } from "./support";

// Phones and tablets (issue #15): the header folds into a menu, the side panels into a bottom sheet, and nothing may
// scroll sideways. Desktop layout is covered by the other specs at 1280×800.

const PAGES = ["/?map=all", "/compare?a=large-language-model&b=generative-ai", "/tasks"];
const ACTIONS = ["Force layout", "Hierarchy layout", "Undo", "Redo", "Reset layout", "Export PNG", "Export JSON", "Import JSON", "Dark mode"];

/** The page and every scroll box inside it (the shell scrolls its content itself) fit the viewport's width. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className.toString().slice(0, 40)}: ${e.scrollWidth} > ${e.clientWidth}`);
    const root = document.documentElement.scrollWidth;
    return { wide, root, viewport: window.innerWidth };
  });
  expect(overflow.root, "document width").toBeLessThanOrEqual(overflow.viewport);
  expect(overflow.wide, "scroll boxes wider than they are").toEqual([]);
}

async function expectInViewport(page: Page, name: string, width: number): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  await expect(button, name).toBeVisible();
  const box = await button.boundingBox();
  expect(box, name).not.toBeNull();
  expect(box!.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} right edge`).toBeLessThanOrEqual(width);
}

async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.tap();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
}

for (const width of [390, 768]) {
  const height = width === 390 ? 844 : 1024;
  test.describe(`${width}×${height}, touch`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    for (const url of PAGES) {
      test(`${url} does not scroll sideways`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole("main")).toBeVisible();
        await page.waitForLoadState("networkidle");
        await expectNoSidewaysOverflow(page);
      });
    }

    test("every toolbar action is in the menu, on screen", async ({ page }) => {
      await openExplorer(page);
      await openMenu(page);
      for (const name of ACTIONS) await expectInViewport(page, name, width);
      await page.keyboard.press("Escape");
      await expect(page.getByRole("button", { name: "Undo" })).toBeHidden();
    });

    test("search, tap a suggestion, and read the details in the sheet", async ({ page }) => {
      await openExplorer(page);
      const search = page.getByRole("combobox", { name: "Search concepts" });
      await search.tap();
      await search.pressSequentially("LLM");
      const listbox = page.getByRole("listbox", { name: "Search concepts suggestions" });
      await expect(listbox).toBeVisible();
      const list = await listbox.boundingBox();
      expect(list!.x).toBeGreaterThanOrEqual(0);
      expect(list!.x + list!.width).toBeLessThanOrEqual(width);
      await page.getByRole("option", { name: /Large Language Model/ }).first().tap();
      await expect(details(page)).toBeVisible();
      await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model");
      await expect(page.getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
      await expectNoSidewaysOverflow(page);
    });

    test("tapping a node selects it", async ({ page }) => {
      await openExplorer(page);
      const canvas = await page.locator("[data-graph-ready]").boundingBox();
      const point = await page.evaluate((id) => window.cy.$id(id).renderedPosition(), LLM);
      await page.touchscreen.tap(canvas!.x + point.x, canvas!.y + point.y);
      await expect.poll(() => selectedIds(page)).toEqual([LLM]);
      await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model");
    });

    test("pinching zooms the diagram", async ({ page }) => {
      await openExplorer(page);
      const box = (await page.locator("[data-graph-ready]").boundingBox())!;
      const zoom = () => page.evaluate(() => window.cy.zoom());
      const before = await zoom();
      // Playwright has no two-finger gesture: the touches go through the DevTools protocol, as a real pinch would.
      const cdp = await page.context().newCDPSession(page);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const fingers = (apart: number) => [
        { x: x - apart, y, id: 0 },
        { x: x + apart, y, id: 1 },
      ];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
      for (const apart of [30, 40, 50, 60]) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(apart) });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await expect.poll(zoom).toBeGreaterThan(before * 1.5);
    });
  });
}
