import { expect, test } from "@playwright/test";
import { settled } from "./support";

test("an unreachable database shows a banner, keeps the page, and retries until it is back", async ({ page }) => {
  let healthChecks = 0;
  // The one simulated failure: the real outage against Neo4j is tested in tests/integration.
  await page.route("**/api/**", (route) => {
    if (new URL(route.request().url()).pathname === "/api/health") healthChecks += 1;
    return route.fulfill({
      status: 503,
      headers: { "Retry-After": "1" },
      contentType: "application/json",
      body: JSON.stringify({ error: "the graph database is unreachable; retry shortly", code: "unavailable", requestId: "e2e" }),
    });
  });
  await page.goto("/?debug=1");

  const banner = page.getByRole("alert").filter({ hasText: "unreachable" });
  await expect(banner).toContainText("The graph database is unreachable");
  await expect(banner).toContainText(/Retrying/);
  await expect(page.getByRole("combobox", { name: "Search concepts" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toBeVisible();
  await expect(page.getByText("Waiting for the graph database")).toBeVisible();
  await expect.poll(() => healthChecks, { timeout: 8_000 }).toBeGreaterThanOrEqual(2);

  await page.unroute("**/api/**");
  await banner.getByRole("button", { name: "Retry now" }).click();
  await expect(banner).toBeHidden();
  await settled(page);
});
