import { expect, test } from "@playwright/test";
import { details, LLM, openExplorer, selectedIds, selectedNode } from "./support";

test("details are three key presses from the top of the page, through the skip links", async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to diagram" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to details" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(details(page)).toBeFocused();

  // The others land where they say.
  await page.getByRole("link", { name: "Skip to diagram" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("application", { name: "Concept graph" })).toBeFocused();
  await page.getByRole("link", { name: "Skip to path finder" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#path-finder")).toBeFocused();
});

test("arrow keys on the diagram move the selection to a neighbour, and the details follow", async ({ page }) => {
  await openExplorer(page, `node=${LLM}`);
  await page.getByRole("application", { name: "Concept graph" }).focus();
  const visited = new Set<string>([LLM]);
  let current = LLM;
  for (const key of ["ArrowUp", "ArrowRight", "ArrowDown", "ArrowLeft"]) {
    const neighbours = await page.evaluate((id) => window.cy.$id(id).neighborhood().nodes().map((n) => n.id()), current);
    await page.keyboard.press(key);
    const now = await selectedNode(page);
    expect(now, "an arrow never clears the selection").not.toBeNull();
    if (now === null || now === current) continue; // nothing lies that way
    expect(neighbours, `${key} from ${current}`).toContain(now);
    const name = await page.evaluate((id) => window.cy.$id(id).data("label") as string, now);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(name);
    await expect(page).toHaveURL(new RegExp(`[?&]node=${now}`));
    visited.add(now);
    current = now;
  }
  expect(visited.size, "the arrows moved the selection at least once").toBeGreaterThan(1);

  // Shift+arrow pans instead, leaving the selection alone.
  const pan = await page.evaluate(() => ({ ...window.cy.pan() }));
  await page.keyboard.press("Shift+ArrowLeft");
  expect(await page.evaluate(() => window.cy.pan().x)).not.toBe(pan.x);
  expect(await selectedIds(page)).toEqual([current]);
});

test("a deep link to a concept centres and zooms on it and names it in the search box", async ({ page }) => {
  await openExplorer(page, `node=${LLM}`);
  await expect(page.getByRole("combobox", { name: "Search concepts" })).toHaveValue("Large Language Model");
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const cy = window.cy;
        const p = cy.$id(id).renderedPosition();
        return { zoom: cy.zoom() >= 1, centred: Math.abs(p.x - cy.width() / 2) < 30 && Math.abs(p.y - cy.height() / 2) < 30 };
      }, LLM),
    )
    .toEqual({ zoom: true, centred: true });
});

test("a search that finds nothing says so and offers the closest names, never an unrelated hit", async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  const list = page.getByRole("listbox", { name: "Search concepts suggestions" });
  await search.fill("sora");
  await expect(list).toContainText("No concept matches “sora”.");
  await expect(list.getByRole("option", { disabled: false })).toHaveCount(0);

  await search.fill("stabel difusion");
  await expect(list).toContainText("No concept matches “stabel difusion”. Closest names:");
  await list.getByRole("option", { name: /Stable Diffusion/ }).first().click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Stable Diffusion");
});
