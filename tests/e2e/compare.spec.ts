import { expect, test } from "@playwright/test";
import { details, openExplorer } from "./support";

test.describe("compare and recommendations", () => {
  test("LLM vs Generative AI shows the relation and the architecture row", async ({ page }) => {
    await page.goto("/compare?a=large-language-model&b=generative-ai");
    await expect(page.getByTestId("relation-statement")).toHaveText(
      "Every Large Language Model is a Generative AI; not every Generative AI is a Large Language Model.",
    );
    const architectures = page.locator('tbody[data-aspect="architectures"]');
    await expect(architectures).toContainText("Transformer");
    await expect(architectures.getByRole("link", { name: "Transformer" }).first()).toBeVisible();
    await expect(page.locator('tbody[data-aspect="examples"]')).toContainText("in all");
  });

  test("swap exchanges the two concepts", async ({ page }) => {
    await page.goto("/compare?a=large-language-model&b=generative-ai");
    await expect(page.getByTestId("relation-statement")).toContainText("Every Large Language Model");
    await page.getByRole("button", { name: "Swap" }).click();
    await expect(page).toHaveURL(/a=generative-ai&b=large-language-model/);
    await expect(page.getByRole("columnheader").nth(1)).toHaveText("Generative AI");
  });

  test("the explorer leads to compare: the header link, and 'Compare with…' from a concept's details", async ({ page }) => {
    await openExplorer(page, "node=gpt-4");
    // The shell's Compare link opens on the comparison most readers come for.
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Compare", exact: true })).toHaveAttribute(
      "href",
      "/compare?a=large-language-model&b=generative-ai",
    );
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("GPT-4");
    await details(page).getByRole("link", { name: "Compare with…" }).click();
    await expect(page).toHaveURL(/\/compare\?a=gpt-4$/);

    const b = page.getByRole("combobox", { name: "Concept B" });
    await b.fill("large language");
    await page.getByRole("option", { name: /Large Language Model/ }).first().click();
    await expect(page).toHaveURL(/a=gpt-4&b=large-language-model/);
    await expect(page.getByTestId("relation-statement")).toContainText("GPT-4");
    await expect(page.getByRole("combobox", { name: "Concept A" })).toHaveValue("GPT-4");
  });

  test("every example counted can be reached, and the badges are explained", async ({ page }) => {
    await page.goto("/compare?a=large-language-model&b=generative-ai");
    const examples = page.locator('tbody[data-aspect="examples"]');
    await expect(examples).toContainText("in all");
    const showAll = examples.getByRole("button", { name: /Show all/ });
    while ((await showAll.count()) > 0) await showAll.first().click();
    const counts = (await examples.getByTestId("count").allTextContents()).map((t) => Number(/^(\d+) in all/.exec(t)?.[1]));
    const shared = await examples.locator("tr").first().locator("li[data-origin]").count();
    const onlyCells = examples.locator("tr").last().locator("td");
    const [onlyA, onlyB] = [await onlyCells.nth(0).locator("li[data-origin]").count(), await onlyCells.nth(1).locator("li[data-origin]").count()];
    expect(counts).toEqual([shared + onlyA, shared + onlyB]);
    expect(counts[1]).toBeGreaterThan(20);
    await expect(page.getByRole("definition").filter({ hasText: "some of its members" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("IS_A");
  });

  test("a picker takes the first suggestion on Enter, and shows names, not ids", async ({ page }) => {
    await page.goto("/compare?a=claude");
    await expect(page.getByRole("combobox", { name: "Concept A" })).toHaveValue("Claude");
    const b = page.getByRole("combobox", { name: "Concept B" });
    await b.fill("midjourney");
    await expect(page.getByRole("option", { name: /Midjourney/ }).first()).toBeVisible();
    await b.press("Enter");
    await expect(page).toHaveURL(/a=claude&b=midjourney/);
    await expect(page.getByTestId("relation-statement")).toContainText("Midjourney");
  });

  test("a concept compared with itself is refused with the API's message", async ({ page }) => {
    await page.goto("/compare?a=gpt-4&b=gpt-4");
    await expect(page.getByRole("alert").filter({ hasText: "two different concepts" })).toBeVisible();
  });

  test("for image generation only image makers are recommended, and the kinds that suit it are the reasons", async ({ page, request }) => {
    await page.goto("/tasks");
    await page.getByLabel("Task").selectOption("image-generation");
    await expect(page.getByTestId("task-outputs")).toContainText("Image");
    const items = page.getByRole("list", { name: "Recommendations" }).getByRole("listitem");
    await expect(items.first()).toBeVisible();
    const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-node-id")!));
    expect(ids.length).toBeGreaterThan(2);

    // What each entry is, and whether it is an LLM, is read from the API.
    for (const id of ids) {
      const { node } = await (await request.get(`/api/nodes/${id}`)).json();
      expect(["Model", "Product"], id).toContain(node.kind);
      const compared = await (await request.get(`/api/compare?a=${id}&b=large-language-model`)).json();
      expect(compared.relation.aIsB, `${id} is an LLM`).toBe(false);
      const outputs = compared.aspects.find((x: { key: string }) => x.key === "outputs").a.map((v: { id: string }) => v.id);
      expect(outputs, id).toContain("image");
    }
    const kinds = page.getByRole("list", { name: "Kinds suited" });
    await expect(kinds.locator('[data-node-id="image-generator"]')).toContainText("Every Image Generator is suited for");
    await expect(kinds.locator('[data-node-id="large-language-model"]')).toHaveCount(0);
  });
});
