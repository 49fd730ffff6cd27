import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { details, GENAI, LLM, openExplorer } from "./support";

test("clicking a relationship shows it as a sentence with its sources", async ({ page, request }) => {
  const llm = await (await request.get(`/api/nodes/${LLM}`)).json();
  const isa = llm.relationships.find((r: { type: string; node: { id: string } }) => r.type === "IS_A" && r.node.id === GENAI);
  await openExplorer(page);
  await page.evaluate((id) => {
    window.cy.$id(id).emit("tap");
  }, isa.id);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model is a Generative AI");
  // The API sends each article once; the relationship points at its citations.
  const firstSource = llm.citations[isa.cites[0]].source;
  await expect(details(page)).toContainText(llm.sources[firstSource].title);
  await expect(page).toHaveURL(/edge=large-language-model--IS_A--generative-ai/);
});

test("exports the shown view as JSON and PNG", async ({ page }) => {
  await openExplorer(page, "hideKinds=Model");
  const shown = await page.evaluate(() => window.cy.nodes(":visible").length);

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  const exported = JSON.parse(await readFile((await json.path())!, "utf8"));
  expect(exported.nodes).toHaveLength(shown);
  expect(exported.nodes.some((n: { kind: string }) => n.kind === "Model")).toBe(false);

  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PNG" }).click()]);
  expect(png.suggestedFilename()).toBe("ai-concepts.png");
  expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe("PNG");
});

test("the theme toggle switches page and diagram, and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openExplorer(page);
  const labelColour = () => page.evaluate((id) => window.cy.$id(id).style("color"), LLM);
  const light = await labelColour();
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect.poll(labelColour).not.toBe(light);
  await page.reload();
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
});
