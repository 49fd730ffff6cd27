import { expect, test } from "@playwright/test";
import { GROUP_PREVIEW } from "../../lib/ui/details-preview";
import { clickNode, details, openExplorer } from "./support";
import { SCALE_NODES, SCALE_URL } from "./scale-server";

// The 10,000-node synthetic graph, served by the second web server in playwright.config.ts.
test.skip(process.env.E2E_BACKEND === "neo4j", "the scale server runs in the embedded-store pass only");
test.use({ baseURL: SCALE_URL });

test("a 10,000-node graph opens as an overview that stays responsive and grows on demand", async ({ page, request }) => {
  const health = await (await request.get("/api/health")).json();
  expect(health.nodes).toBe(SCALE_NODES);

  await openExplorer(page);
  const shown = await page.evaluate(() => window.cy.nodes().length);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(SCALE_NODES / 10);
  await expect(page.getByRole("status").filter({ hasText: `of ${SCALE_NODES} nodes` })).toBeVisible();

  // The three best-connected nodes on screen, the slowest to open: each click must bring up its details, and the
  // median of the three in under a second (one slow frame on a shared machine must not decide).
  const targets = await page.evaluate(() => {
    const { w, h } = { w: window.cy.width(), h: window.cy.height() };
    return window.cy
      .nodes()
      .filter((n) => {
        const p = n.renderedPosition();
        return p.x > 20 && p.y > 20 && p.x < w - 20 && p.y < h - 20;
      })
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false))
      .slice(0, 3)
      .map((n) => ({ id: n.id(), name: String(n.data("label")) }));
  });
  expect(targets).toHaveLength(3);
  const times: number[] = [];
  for (const { id, name } of targets) {
    // Timed in the page, from the real pointer press to the first frame that shows this node's relationships.
    const timing = page.evaluate(
      (expected) =>
        new Promise<number>((resolve) => {
          let pressed = 0;
          document.addEventListener("pointerdown", () => (pressed = performance.now()), { capture: true, once: true });
          const shown = () =>
            pressed > 0 &&
            document.getElementById("relationships-heading") !== null &&
            document.querySelector('[aria-label="Details"] h2')?.textContent === expected;
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - pressed));
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      name,
    );
    await clickNode(page, id);
    times.push(await timing);
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(name);
  }
  const median = [...times].sort((a, b) => a - b)[1];
  console.log(`[scale] click → details ${times.map(Math.round).join(", ")} ms (median ${Math.round(median)})`);
  expect(median, "click → details, median of three").toBeLessThan(1000);
  const target = targets[0].id;
  await clickNode(page, target);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(targets[0].name);

  // A hub's long relationship groups show a preview and say how many more there are.
  const { relationships } = (await (await request.get(`/api/nodes/${target}`)).json()) as {
    relationships: { type: string; direction: string; node: { id: string } }[];
  };
  const groupSizes = new Map<string, number>();
  for (const r of relationships) groupSizes.set(`${r.type} ${r.direction}`, (groupSizes.get(`${r.type} ${r.direction}`) ?? 0) + 1);
  const biggest = Math.max(...groupSizes.values());
  const relationshipButtons = details(page).locator("li > button");
  if (biggest > GROUP_PREVIEW) {
    const before = await relationshipButtons.count();
    expect(before).toBeLessThan(relationships.length);
    await details(page).getByRole("button", { name: `Show all ${biggest.toLocaleString("en")}` }).click();
    await expect.poll(() => relationshipButtons.count()).toBe(before + biggest - GROUP_PREVIEW);
  } else {
    await expect(relationshipButtons).toHaveCount(relationships.length);
  }

  // Expanding a node brings in every neighbour, also those the overview left out.
  const neighbours = new Set(relationships.map((r) => r.node.id)).size;
  await page.getByRole("button", { name: "Focus on neighbours" }).click();
  await expect
    .poll(() => page.evaluate((id) => window.cy.$id(id).neighborhood().nodes().length, target), { timeout: 10_000 })
    .toBe(neighbours);
  await expect(page.locator('[data-graph-moving="false"]')).toBeVisible();
  expect(await page.evaluate(() => window.cy.nodes().length)).toBeLessThan(SCALE_NODES);
});

declare global {
  interface Window {
    /** Long tasks seen since the observer below was started, and the progress texts shown while drawing. */
    longTasks?: number[];
    drawingTexts?: string[];
  }
}

// How long it takes, and the longest task, are measured by `npm run bench` (scripts/bench/scale.ts), not asserted here.
test("Load all draws the 10,000 nodes in slices: progress shown between them, every node placed", async ({ page }) => {
  test.setTimeout(150_000);
  await openExplorer(page);
  await page.evaluate(() => {
    window.longTasks = [];
    window.drawingTexts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks!.push(e.duration))).observe({ type: "longtask" });
    new MutationObserver(() => {
      const text = document.querySelector('[data-graph-ready] [role="status"]')?.textContent;
      if (text && window.drawingTexts!.at(-1) !== text) window.drawingTexts!.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  const started = Date.now();
  await page.getByRole("button", { name: `Load all ${SCALE_NODES}` }).click();
  await expect.poll(() => page.evaluate(() => window.cy.nodes().length), { timeout: 120_000 }).toBe(SCALE_NODES);
  await expect(page.locator('[data-graph-ready] [role="status"]')).toHaveCount(0);
  const drawnMs = Date.now() - started;
  await expect(page.locator('[data-graph-moving="false"]')).toBeVisible();
  // Whatever the last frames cost is counted too.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));

  const { longTasks, drawingTexts } = await page.evaluate(() => ({ longTasks: window.longTasks!, drawingTexts: window.drawingTexts! }));
  const longest = Math.max(0, ...longTasks);
  console.log(`[scale] Load all: ${drawnMs} ms to draw all, longest task ${Math.round(longest)} ms, ${longTasks.length} long tasks; ${drawingTexts.join(" | ")}`);
  expect(drawingTexts.length, "progress was shown while drawing").toBeGreaterThan(1);
  expect(drawingTexts.at(-1)).toMatch(/^Drawing [\d,]+ of 10,000…$/);
  expect(await page.evaluate(() => window.cy.nodes().filter((n) => n.position().x === 0 && n.position().y === 0).length)).toBeLessThan(2);
});
