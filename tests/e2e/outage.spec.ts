import { expect, test } from "@playwright/test";
import { apiDown, outageBanner, settled } from "./support";

test("an unreachable database shows a banner, keeps the page, and retries until it is back", async ({ page }) => {
  const api = await apiDown(page);
  await page.goto("/?debug=1");

  const banner = outageBanner(page);
  await expect(banner).toContainText("The graph database is unreachable");
  await expect(banner).toContainText(/Retrying/);
  await expect(page.getByRole("combobox", { name: "Search concepts" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toBeVisible();
  await expect(page.getByText("Waiting for the graph database")).toBeVisible();
  await expect.poll(api.healthChecks, { timeout: 8_000 }).toBeGreaterThanOrEqual(2);

  await api.restore();
  await banner.getByRole("button", { name: "Retry now" }).click();
  await expect(banner).toBeHidden();
  await settled(page);
});
