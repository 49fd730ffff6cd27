// The capability matrix's heaviest answer: every model and product against every task of the graph, asked
// one at a time (each request builds its own reasoning cache, as a reader's would), after a warm-up.
import type { Browser } from "playwright-core";
import type { Report } from "./report";
import type { AppServer } from "./server";
import { percentile } from "./stats";

const WHOLE_TASKS_MATRIX = "/api/matrix?columns=tasks";
const WARM_UP = 5;
const RUNS = 30;

export async function measureMatrix(server: AppServer, prefix: string, report: Report): Promise<void> {
  const ask = async () => {
    const t = performance.now();
    const response = await fetch(server.url + WHOLE_TASKS_MATRIX);
    const body = (await response.json()) as { rows?: unknown[]; columns?: unknown[] };
    if (!response.ok) throw new Error(`${WHOLE_TASKS_MATRIX} answered ${response.status}`);
    return { ms: performance.now() - t, cells: (body.rows?.length ?? 0) * (body.columns?.length ?? 0) };
  };
  for (let i = 0; i < WARM_UP; i++) await ask();
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = await ask();
    times.push(run.ms);
    cells = run.cells;
  }
  times.sort((a, b) => a - b);
  const note = `GET ${WHOLE_TASKS_MATRIX}: ${cells} cells, one request at a time, ${RUNS} runs`;
  report.add(`${prefix}.matrix.tasks.p50`, percentile(times, 50), "ms", { note });
  report.add(`${prefix}.matrix.tasks.p95`, percentile(times, 95), "ms", { note });
}

const PAGE_LOADS = 3;
const LONG_TASKS = `
  globalThis.__name ??= (fn) => fn;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
`;

/**
 * The matrix page with every task as a column: when the table's rows are on screen, and how long the main thread
 * was blocked on the way (total blocking time: the part of each long task over 50 ms), so "responsive while it
 * renders" is a figure, not an impression.
 */
export async function measureMatrixPage(browser: Browser, baseUrl: string, prefix: string, report: Report): Promise<void> {
  const shown: number[] = [];
  const blocking: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < PAGE_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(`${baseUrl}/matrix?columns=tasks`, { waitUntil: "commit" });
      const at = await page
        .waitForFunction(() => (document.querySelectorAll("table tbody tr").length > 0 ? performance.now() : null), null, { timeout: 30_000, polling: "raf" })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => null);
      if (at === null) {
        report.na(`${prefix}.matrix-page.rows-shown`, "ms", "n/a (no table rows within 30 s)");
        return;
      }
      await page.waitForTimeout(1000);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      shown.push(at);
      blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
      longest.push(Math.max(0, ...tasks));
    } finally {
      await context.close();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const note = `/matrix?columns=tasks at 1280×800, median of ${PAGE_LOADS} cold loads`;
  report.add(`${prefix}.matrix-page.rows-shown`, median(shown), "ms", { note: `navigation start → first table row on screen; ${note}` });
  report.add(`${prefix}.matrix-page.blocking`, median(blocking), "ms", { note: `total blocking time until 1 s after the rows show; ${note}` });
  report.add(`${prefix}.matrix-page.longest-task`, median(longest), "ms", { note });
}
