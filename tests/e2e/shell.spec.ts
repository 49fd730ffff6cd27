import { expect, test } from "@playwright/test";

const PAGES = [
  { url: "/?node=gpt-4", current: "Explorer" },
  { url: "/compare?a=large-language-model&b=generative-ai", current: "Compare" },
  { url: "/tasks?task=image-generation", current: "Tasks" },
];

for (const p of PAGES) {
  test(`${p.current} has the shared header: the pages, the current one marked, and the theme toggle`, async ({ page }) => {
    await page.goto(p.url);
    const nav = page.getByRole("navigation", { name: "Pages" });
    for (const name of ["Explorer", "Compare", "Tasks"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: p.current, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByRole("banner").getByRole("button", { name: "Dark mode" })).toHaveCount(1);
  });
}

test("the explorer's own controls sit in the shared header bar", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("combobox", { name: "Search concepts" })).toBeVisible();
  await expect(header.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(header.getByRole("button", { name: "Hierarchy layout" })).toBeVisible();
  await expect(header.getByRole("button", { name: "Export PNG" })).toBeVisible();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(header.getByRole("combobox", { name: "Search concepts" })).toHaveCount(0);
});
