import { expect, test } from "@playwright/test";

// The articles disagree whether LLMs are text-only: four say so, the 2025 guide lists GPT-4o, which makes images, among LLMs.
test("an answer resting on a disputed claim says that sources disagree, and who says what", async ({ page }) => {
  test.slow();
  await page.goto("/?ask=Can+large+language+models+generate+images%3F");
  const card = page.getByRole("region", { name: "Answer" });
  await expect(card.locator('[data-verdict="contested"]')).toHaveText("Sources disagree");
  await expect(card.getByRole("status")).toContainText("GPT-4o, counted as a Large Language Model, does, yet Large Language Model has the limitation Text-Only Modality");
  const disagree = card.getByRole("list", { name: "Sources that disagree" });
  await expect(disagree).toContainText("LLM vs Generative AI in 2025");
  await expect(disagree).toContainText("(2025)");
});

test("compare and the details panel mark disputed values", async ({ page }) => {
  await page.goto("/compare?a=large-language-model&b=multimodal-model");
  await expect(page.locator('[data-disputed="true"]').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-disputed="true"]').first()).toContainText("sources disagree");

  await page.goto("/?map=all&node=large-language-model");
  // The LLM's relationships include disputed ones (code generation, text-only…): each says so, with who disputes it.
  const disputed = page.getByRole("region", { name: "Details" }).locator('[data-disputed="true"]').first();
  await expect(disputed).toBeVisible({ timeout: 20_000 });
  await expect(disputed).toContainText("sources disagree");
  await expect(disputed).toContainText("LLM vs Generative AI in 2025");
});

test("the disagreements page lists every disputed claim with both sides, linked to the explorer", async ({ page, request }) => {
  const graph = await (await request.get("/api/graph")).json();
  const disputed = (graph.relationships as { id: string; disputedBy?: unknown[] }[]).filter((r) => r.disputedBy?.length).map((r) => r.id);
  expect(disputed.length).toBeGreaterThan(3);
  // Reached from an answer that rests on a disputed claim.
  await page.goto("/?ask=Can+large+language+models+generate+images%3F");
  await page.getByRole("region", { name: "Answer" }).getByRole("link", { name: "Every claim the articles disagree about" }).click();
  await expect(page.getByRole("heading", { name: "Where the sources disagree" })).toBeVisible();
  const items = page.getByRole("list", { name: "Disputed claims" }).locator(":scope > li");
  await expect(items).toHaveCount(disputed.length);
  const textOnly = page.locator('[data-claim="large-language-model--HAS_LIMITATION--text-only"]');
  await expect(textOnly).toContainText("Large Language Model has the limitation Text-Only Modality");
  await expect(textOnly).toContainText("Disputed by LLM vs Generative AI in 2025");
  await textOnly.getByRole("link", { name: "Large Language Model" }).click();
  await expect(page).toHaveURL(/node=large-language-model/);
});
