import { expect, test } from "@playwright/test";
import { apiDown, outageBanner as banner } from "./support";

test("compare shows the outage banner while the API is down, and the comparison once it is back", async ({ page }) => {
  const api = await apiDown(page);
  await page.goto("/compare?a=large-language-model&b=generative-ai");

  await expect(banner(page)).toContainText("The graph database is unreachable");
  await expect(banner(page).getByRole("button", { name: "Retry now" })).toBeVisible();
  await expect(page.getByText("Waiting for the graph database")).toBeVisible();
  await expect(page.getByTestId("relation-statement")).toHaveCount(0);
  await expect.poll(api.healthChecks, { timeout: 8_000 }).toBeGreaterThanOrEqual(2);

  await api.restore();
  await banner(page).getByRole("button", { name: "Retry now" }).click();
  await expect(banner(page)).toBeHidden();
  await expect(page.getByTestId("relation-statement")).toContainText("Every Large Language Model is a Generative AI");
});

test("tasks shows the outage banner while the API is down, and recovers on its own", async ({ page }) => {
  const api = await apiDown(page);
  await page.goto("/tasks?task=image-generation");

  await expect(banner(page)).toContainText(/Retrying/);
  await expect(banner(page).getByRole("button", { name: "Retry now" })).toBeVisible();
  await expect(page.getByTestId("task-outputs")).toHaveCount(0);

  // No click: the automatic check finds the API back and refetches both the task list and the ranking.
  await api.restore();
  await expect(banner(page)).toBeHidden({ timeout: 10_000 });
  await expect(page.getByTestId("task-outputs")).toContainText("Image");
  await expect(page.getByRole("list", { name: "Recommendations" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByLabel("Task").locator('option[value="image-generation"]')).toHaveCount(1);
});
