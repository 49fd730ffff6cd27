import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { openExplorer } from "./support";

test("the Data menu downloads the view or the whole graph in the open-data formats", async ({ page, request }) => {
  await openExplorer(page, "map=all&hideKinds=Model");
  await page.getByLabel("Open data downloads").click();
  const view = page.getByRole("region", { name: "Download this view" });
  const whole = page.getByRole("region", { name: "Download whole graph" });
  await expect(whole.getByRole("link", { name: "Turtle" })).toHaveAttribute("href", "/api/export?format=turtle");
  const graphmlHref = await view.getByRole("link", { name: "GraphML" }).getAttribute("href");
  expect(graphmlHref).toMatch(/^\/api\/export\?format=graphml&kinds=/);
  expect(graphmlHref).not.toMatch(/Model/);

  const [download] = await Promise.all([page.waitForEvent("download"), view.getByRole("link", { name: "GraphML" }).click()]);
  expect(download.suggestedFilename()).toBe("ai-concepts-view.graphml");
  const file = await readFile((await download.path())!, "utf8");
  const kinds = new URL(graphmlHref!, "http://x").searchParams.get("kinds");
  const api = await (await request.get(`/api/graph?kinds=${kinds}`)).json();
  expect(file.match(/<node id=/g)).toHaveLength(api.nodes.length);
  expect(file).not.toContain('<data key="n_kind">Model</data>');

  const turtle = await request.get("/api/export?format=turtle");
  expect(turtle.status()).toBe(200);
  expect(turtle.headers()["content-type"]).toMatch(/^text\/turtle/);
  expect(turtle.headers()["content-disposition"]).toBe('attachment; filename="ai-concepts.ttl"');
});

test("the OpenAPI document and the JSON-LD context are served", async ({ request }) => {
  const doc = await request.get("/api/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe("3.1.0");
  const context = await request.get("/api/export/context.jsonld");
  expect(context.status()).toBe(200);
  expect(context.headers()["content-type"]).toMatch(/^application\/ld\+json/);
});
