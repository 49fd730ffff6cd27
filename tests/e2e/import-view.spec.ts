import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { GENAI, LLM, openExplorer, settled } from "./support";

// Each test loads the explorer twice; on a shared two-core machine one load alone can take 15 s.
test.describe.configure({ timeout: 90_000 });

/** What a reader sees: the view in the URL, the shown nodes and where each stands. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    search: window.location.search,
    shown: window.cy.nodes(":visible").map((n) => n.id()).sort(),
    positions: Object.fromEntries(window.cy.nodes(":visible").map((n) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }])),
    selected: window.cy.$(".selected").map((e) => e.id()),
  }));

const viewOf = (search: string) =>
  Object.fromEntries([...new URLSearchParams(search).entries()].filter(([key]) => key !== "debug").sort(([a], [b]) => (a < b ? -1 : 1)));

async function exportView(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  return readFile((await download.path())!, "utf8");
}

/** Next.js keeps an empty role="alert" of its own (the route announcer): ours is found by its text. */
const alertSaying = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

async function importView(page: Page, text: string, name = "view.json"): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import JSON" }).click()]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("export then import gives back the same view: filters, selection, path, layout and positions", async ({ page }) => {
  await openExplorer(page, `hideKinds=Organization&node=${LLM}&from=${LLM}&to=${GENAI}&layout=hierarchy`);
  const before = await snapshot(page);
  const text = await exportView(page);
  const file = JSON.parse(text);
  expect(file.view).toMatchObject({ layout: "hierarchy", hideKinds: ["Organization"], selection: { kind: "node", id: LLM } });
  expect(file.graphVersion).toEqual(expect.any(String));
  expect(Object.keys(file.positions).sort()).toEqual(before.shown);

  // A different view, then the file.
  await openExplorer(page);
  expect(viewOf((await snapshot(page)).search)).toEqual({ map: "all" });
  await importView(page, text);
  await expect(page.getByRole("status").filter({ hasText: "Imported the view" })).toBeVisible();
  await settled(page);
  const after = await snapshot(page);
  expect(viewOf(after.search)).toEqual(viewOf(before.search));
  expect(after.shown).toEqual(before.shown);
  await expect.poll(async () => (await snapshot(page)).selected).toEqual(before.selected);
  expect(after.positions).toEqual(before.positions);
});

test("a malformed file is rejected with a message and the view stays as it was", async ({ page }) => {
  await openExplorer(page, "hideKinds=Model");
  const before = await snapshot(page);
  const text = JSON.parse(await exportView(page));
  await importView(page, JSON.stringify({ ...text, view: { ...text.view, hideKinds: ["Robot"] } }));
  await expect(alertSaying(page, "is not a saved view of this explorer")).toContainText("view.hideKinds.0");
  await importView(page, "{ this is not json");
  await expect(alertSaying(page, "This file is not JSON")).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});

test("a file from another graph version names what no longer exists and applies the rest", async ({ page }) => {
  await openExplorer(page, `node=${LLM}`);
  const file = JSON.parse(await exportView(page));
  const gone = { id: "retired-concept", name: "Retired concept", kind: "Model" };
  const goneEdge = { id: `retired-concept--IS_A--${LLM}`, type: "IS_A", source: gone.id, target: LLM, sources: [] };
  const older = {
    ...file,
    graphVersion: "an-older-version",
    nodes: [...file.nodes, gone],
    relationships: [...file.relationships, goneEdge],
    view: { ...file.view, hideKinds: ["Product"], selection: { kind: "node", id: gone.id } },
  };
  await openExplorer(page);
  await importView(page, JSON.stringify(older));
  const message = page.getByRole("status").filter({ hasText: "another version of the graph" });
  await expect(message).toContainText(`1 concept(s) no longer exist: ${gone.id}`);
  await expect(message).toContainText(`1 relationship(s) no longer exist: ${goneEdge.id}`);
  // The rest applied: the filter is on, the selection of a missing node is not.
  await expect(page).toHaveURL(/hideKinds=Product/);
  await settled(page);
  expect(await page.evaluate(() => window.cy.nodes('[kind = "Product"]').toArray().every((n) => n.hasClass("hidden")))).toBe(true);
  await expect.poll(() => page.evaluate(() => window.cy.$(".selected").length)).toBe(0);
});
