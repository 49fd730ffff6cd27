import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Core } from "cytoscape";
import type { GraphView } from "@/lib/graph/types";

declare global {
  interface Window {
    /** The Cytoscape instance, exposed with ?debug=1. */
    cy: Core;
  }
}

/** Ids present in both the fixture seed and the curated graph. */
export const LLM = "large-language-model";
export const GENAI = "generative-ai";

/**
 * Opens the explorer (with the Cytoscape instance exposed) on `query`, and waits until the diagram has settled; without a
 * view in the query, on the whole graph (a first visit would get the start map).
 */
export async function openExplorer(page: Page, query = ""): Promise<void> {
  const view = query || "map=all";
  await page.goto(`/?debug=1&${view}`);
  await settled(page);
}

export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-graph-ready="true"][data-graph-moving="false"]')).toBeVisible({ timeout: 20_000 });
}

export async function graphFromApi(request: APIRequestContext): Promise<GraphView> {
  const response = await request.get("/api/graph");
  expect(response.ok()).toBe(true);
  return (await response.json()) as GraphView;
}

/** A real mouse click on a node: its rendered position, offset by where the canvas sits on the page. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const canvas = await page.locator("[data-graph-ready]").boundingBox();
  const point = await page.evaluate((nodeId) => {
    const node = window.cy.$id(nodeId);
    return node.nonempty() ? node.renderedPosition() : null;
  }, id);
  expect(canvas, "canvas on the page").not.toBeNull();
  expect(point, `node ${id} in the diagram`).not.toBeNull();
  await page.mouse.click(canvas!.x + point!.x, canvas!.y + point!.y);
}

export const selectedIds = (page: Page) => page.evaluate(() => window.cy.$(".selected").map((e) => e.id()));

/** The selected node once the diagram shows the URL's selection: a new view is put on the diagram after the next paint. */
export async function selectedNode(page: Page): Promise<string | null> {
  const caughtUp = () =>
    page.evaluate(() => {
      const id = new URL(location.href).searchParams.get("node");
      const shown = window.cy.$(".selected").map((e) => e.id());
      return id === null ? shown.length === 0 : shown.length === 1 && shown[0] === id;
    });
  await expect.poll(caughtUp).toBe(true);
  return (await selectedIds(page))[0] ?? null;
}

export const details = (page: Page) => page.getByRole("region", { name: "Details" });

/**
 * Every API call answers 503 until `restore` is called: the one simulated outage (the real one against Neo4j is tested
 * in tests/integration). Counts the health checks, which is how the page finds out that the API is back.
 */
export async function apiDown(page: Page): Promise<{ healthChecks: () => number; restore: () => Promise<void> }> {
  let healthChecks = 0;
  await page.route("**/api/**", (route) => {
    if (new URL(route.request().url()).pathname === "/api/health") healthChecks += 1;
    return route.fulfill({
      status: 503,
      headers: { "Retry-After": "1" },
      contentType: "application/json",
      body: JSON.stringify({ error: "the graph database is unreachable; retry shortly", code: "unavailable", requestId: "e2e" }),
    });
  });
  return { healthChecks: () => healthChecks, restore: () => page.unroute("**/api/**") };
}

export const outageBanner = (page: Page) => page.getByRole("alert").filter({ hasText: "unreachable" });
