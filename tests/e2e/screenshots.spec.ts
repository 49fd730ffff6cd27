import { expect, test } from "@playwright/test";
import { details, LLM, openExplorer } from "./support";

// The README pictures, tracked in git: only `npm run screenshots` runs this file (playwright.config.ts leaves it out
// otherwise), on the embedded store.

for (const colorScheme of ["light", "dark"] as const) {
  test(`screenshot, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openExplorer(page);
    const search = page.getByRole("combobox", { name: "Search concepts" });
    await search.fill("LLM");
    await search.press("Enter");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model");
    await expect(details(page)).toContainText("Relationships");
    await search.blur();
    await expect(page.locator('[data-graph-moving="false"]')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/explorer-${colorScheme}.png` });
  });
}

test("screenshot, the start map", async ({ page }) => {
  await page.goto("/?debug=1");
  await expect(page.getByRole("button", { name: "Whole graph" })).toBeVisible();
  await expect(page.locator('[data-graph-ready="true"][data-graph-moving="false"]')).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/start-map.png" });
});

test("screenshot, compare", async ({ page }) => {
  await page.goto("/compare?a=large-language-model&b=generative-ai");
  await expect(page.getByTestId("relation-statement")).toContainText("Every Large Language Model is a Generative AI");
  await expect(page.locator('tbody[data-aspect="architectures"]')).toContainText("Transformer");
  await page.screenshot({ path: "docs/screenshots/compare.png" });
});

test("screenshot, an answer", async ({ page }) => {
  await openExplorer(page, `ask=${encodeURIComponent("Is Midjourney an LLM?")}`);
  await expect(page.getByRole("region", { name: "Answer" }).getByRole("status")).toContainText("No: Midjourney is an Image Generator");
  await expect(page.locator('[data-graph-moving="false"]')).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/ask.png" });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("screenshot, phone", async ({ page }) => {
    await openExplorer(page, `node=${LLM}`);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model");
    await expect(page.locator('[data-graph-moving="false"]')).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/phone.png" });
  });
});
