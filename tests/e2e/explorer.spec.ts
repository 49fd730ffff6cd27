import { expect, test } from "@playwright/test";
import { clickNode, details, GENAI, graphFromApi, LLM, openExplorer, selectedIds } from "./support";

test("shows every node of /api/graph", async ({ page, request }) => {
  const graph = await graphFromApi(request);
  await openExplorer(page);
  const shown = await page.evaluate(() => ({
    nodes: window.cy.nodes(":visible").map((n) => n.id()).sort(),
    edges: window.cy.edges().length,
  }));
  expect(shown.nodes).toEqual(graph.nodes.map((n) => n.id).sort());
  expect(shown.edges).toBe(graph.relationships.length);
  expect(await page.evaluate(() => performance.getEntriesByName("graph-first-render").length)).toBe(1);
});

test("clicking the LLM node opens its details", async ({ page, request }) => {
  const llm = await (await request.get(`/api/nodes/${LLM}`)).json();
  await openExplorer(page);
  await clickNode(page, LLM);
  const panel = details(page);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(llm.node.name);
  await expect(panel).toContainText(llm.node.summary);
  await expect(panel.getByRole("button", { name: /^is a Generative AI$/ })).toBeVisible();
  await expect(panel.getByRole("heading", { name: /^Relationships/ })).toContainText(String(llm.relationships.length));
  await expect.poll(() => selectedIds(page)).toEqual([LLM]);
  await expect(page).toHaveURL(new RegExp(`[?&]node=${LLM}`));
});

test("the details open with the key facts at a glance, read from the API", async ({ page, request }) => {
  const glance = await (await request.get(`/api/nodes/${LLM}/glance`)).json();
  const generates = glance.rows.find((r: { key: string }) => r.key === "generates").values.map((v: { name: string }) => v.name);
  expect(generates.length).toBeGreaterThan(0);
  await openExplorer(page, `node=${LLM}`);
  const summary = details(page).getByTestId("at-a-glance");
  const row = summary.locator('[data-row="generates"]');
  for (const name of generates) await expect(row).toContainText(name);
  // The summary comes before the full relationship list.
  const [glanceTop, listTop] = await Promise.all([summary.boundingBox(), details(page).getByRole("heading", { name: /^Relationships/ }).boundingBox()]);
  expect(glanceTop!.y).toBeLessThan(listTop!.y);
  await row.getByRole("button").first().click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(generates[0]);
});

test('searching "genai" selects Generative AI', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await search.fill("genai");
  await search.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Generative AI");
  await expect.poll(() => selectedIds(page)).toEqual([GENAI]);
});

test("the search box suggests as you type, with arrow keys and Enter", async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await search.fill("LLM");
  const options = page.getByRole("listbox", { name: "Search concepts suggestions" }).getByRole("option");
  await expect(options.first()).toContainText("Large Language Model");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await search.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await search.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Large Language Model");
  await search.press("Escape");
  await expect(search).toHaveAttribute("aria-expanded", "false");
});

test("the details panel is a keyboard twin of the diagram", async ({ page }) => {
  await openExplorer(page, `node=${LLM}`);
  const first = details(page).getByRole("button", { name: /^is a Generative AI$/ });
  await first.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(first).not.toBeFocused();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Generative AI");
  await expect(details(page).getByRole("heading", { level: 2 })).toBeFocused();
});

test("a legend entry hides its kind, and Undo brings it back", async ({ page }) => {
  await openExplorer(page);
  const models = page.getByRole("button", { name: /^Model \d+ nodes$/ });
  const hiddenModels = () => page.evaluate(() => window.cy.nodes('[kind = "Model"]').filter((n) => !n.visible()).length);
  const allModels = await page.evaluate(() => window.cy.nodes('[kind = "Model"]').length);
  expect(allModels).toBeGreaterThan(0);

  await expect(models).toHaveAttribute("aria-pressed", "true");
  await models.click();
  await expect(models).toHaveAttribute("aria-pressed", "false");
  await expect.poll(hiddenModels).toBe(allModels);
  await expect(page).toHaveURL(/hideKinds=Model/);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(models).toHaveAttribute("aria-pressed", "true");
  await expect.poll(hiddenModels).toBe(0);
  await expect(page).not.toHaveURL(/hideKinds/);

  await page.keyboard.press("Control+Shift+Z");
  await expect.poll(hiddenModels).toBe(allModels);
});

test("double-click focuses on a node's neighbours; Back and the URL keep the view", async ({ page }) => {
  await openExplorer(page);
  const neighbours = await page.evaluate((id) => window.cy.$id(id).closedNeighborhood().nodes().length, GENAI);
  // Braces: returning the collection would make Playwright serialise the whole graph.
  await page.evaluate((id) => {
    window.cy.$id(id).emit("dbltap");
  }, GENAI);
  await expect.poll(() => page.evaluate(() => window.cy.nodes(":visible").length)).toBe(neighbours);
  await expect(page).toHaveURL(new RegExp(`focus=${GENAI}`));
  await page.getByRole("button", { name: "Show whole graph" }).click();
  await expect.poll(() => page.evaluate(() => window.cy.nodes(":hidden").length)).toBe(0);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.cy.nodes(":visible").length)).toBe(neighbours);
});

test("the layout switch puts parents above children in the hierarchy view", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("button", { name: "Hierarchy layout" }).click();
  await expect(page.getByRole("button", { name: "Hierarchy layout" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/layout=hierarchy/);
  await expect
    .poll(() => page.evaluate(({ a, b }) => window.cy.$id(b).position().y < window.cy.$id(a).position().y, { a: LLM, b: GENAI }))
    .toBe(true);
});
