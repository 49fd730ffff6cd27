// npx tsx scripts/bench/first-frame.ts <base-url> [--load-all]: one page load in Debian's Chromium: first render (the
// "graph-first-render" mark), the first arrangement ("graph-layout-done"), the longest task, and the bytes on the wire
// of every script loaded (each, and in all); with --load-all also "Load all" on an overview until every node is drawn.
import { launchBrowser, scriptSizes, totalOf } from "./page";

const [base, flag] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(`
    globalThis.__name ??= (fn) => fn;
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });
  `);
  const scripts = new Set<string>();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script" && res.ok()) scripts.add(res.url());
  });
  await page.goto(`${base}/?debug=1&map=all`);
  await page.waitForSelector('[data-graph-ready="true"][data-graph-moving="false"]', { timeout: 120_000 });
  const marks = await page.evaluate(() => ({
    firstRender: performance.getEntriesByName("graph-first-render")[0]?.startTime,
    layoutDone: performance.getEntriesByName("graph-layout-done")[0]?.startTime,
    nodes: window.cy.nodes().length,
    longest: Math.max(0, ...(window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map((t) => t.duration)),
  }));
  // As the bench counts it: every script loaded until the graph is drawn, fetched again as sent (gzip).
  const sizes = await scriptSizes(scripts);
  const js = totalOf(sizes);
  for (const { url, bytes } of sizes) console.log(`  ${(bytes / 1024).toFixed(1).padStart(6)} KiB  ${new URL(url).pathname}`);
  console.log(`first render ${Math.round(marks.firstRender)} ms, arranged ${Math.round(marks.layoutDone)} ms, ${marks.nodes} nodes, longest task ${Math.round(marks.longest)} ms, JS ${js.kib.toFixed(1)} KiB on the wire (${js.count} scripts, ${js.encodings})`);
  if (flag === "--load-all") {
    const before = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: /^Load all/ }).click();
    await page.waitForFunction(() => window.cy.nodes().length >= 10_000 || !document.querySelector('[role="status"] button'), null, { timeout: 120_000 });
    await page.waitForSelector('[data-graph-moving="false"]');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await page.evaluate((t0) => ({
      ms: performance.now() - t0,
      nodes: window.cy.nodes().length,
      longest: Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= t0).map((t) => t.duration)),
    }), before);
    console.log(`load all: ${after.nodes} nodes drawn ${Math.round(after.ms)} ms after the click, longest task ${Math.round(after.longest)} ms`);
  }
} finally {
  await browser.close();
}
