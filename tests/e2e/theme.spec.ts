import { expect, test, type Page } from "@playwright/test";
import { settled } from "./support";

const PAGES = ["/compare?a=large-language-model&b=generative-ai", "/tasks?task=image-generation"];

/** The <html> class when the document finished parsing: before React hydrates, so a flash would show here. */
async function recordEarlyTheme(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { earlyClass: string }).earlyClass = document.documentElement.className;
    });
  });
}

const WHITE = "rgb(255, 255, 255)";
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const url of PAGES) {
  test(`${url.split("?")[0]} follows the system theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(url);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect.poll(() => background(page)).not.toBe(WHITE);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
    await expect.poll(() => background(page)).toBe(WHITE);
  });

  test(`${url.split("?")[0]} follows the theme chosen in the explorer, from the first paint`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await recordEarlyTheme(page);
    await page.goto("/");
    // A click before hydration does nothing (the button is server-rendered): wait for the explorer to be running.
    await settled(page);
    await page.getByRole("button", { name: "Dark mode" }).click(); // dark system: the toggle picks light
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { earlyClass: string }).earlyClass)).toMatch(/\blight\b/);
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
    await expect.poll(() => background(page)).toBe(WHITE);
  });
}
