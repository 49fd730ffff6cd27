// The explorer page in Debian's Chromium (software rendering, no GPU): first render, click → details,
// path highlight, JavaScript shipped, and for big graphs layout, pan/zoom frame rate, heap and long tasks.
// Everything is read through the UI's hooks: the performance mark "graph-first-render" and window.cy (?debug=1).
import { request as httpRequest } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { NodeSingular } from "cytoscape";
import type { Report } from "./report";

const FIRST_RENDER = "graph-first-render";
const LAYOUT_DONE = "graph-layout-done";
const PATH_CLASSES = ["path-node", "path-edge"]; // lib/graph/style.ts: "highlighted" is the selected neighbourhood, not a path

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Long tasks are observed from the very start of every page, so none is missed, and so is the moment the
 * graph container first says data-graph-ready="true" (components/graph: the first arrangement is in place).
 * `__name` is the helper that tsx (esbuild, keepNames) calls inside functions passed to page.evaluate.
 */
const INIT_SCRIPT = `
  globalThis.__name ??= (fn) => fn;
  window.__graphReadyAt = null;
  new MutationObserver(() => {
    if (window.__graphReadyAt === null && document.querySelector('[data-graph-ready="true"]')) window.__graphReadyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-graph-ready"] });
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
`;

async function openPage(browser: Browser, url: string, timeoutMs: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const scripts = new Set<string>();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script" && res.ok()) scripts.add(res.url());
  });
  await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
  // The canvas comes with a lazily loaded chunk, so on a busy machine it may appear well after the network first
  // goes quiet (which once cost the Neo4j seed page its figures); wait for it, not for a lull.
  const hasCanvas = await page
    .locator("canvas")
    .first()
    .waitFor({ state: "attached", timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  const firstRender = await page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, FIRST_RENDER, { timeout: hasCanvas ? timeoutMs : 1000, polling: 50 })
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => null);
  const hasCy = await page.evaluate(() => typeof (window as unknown as { cy?: unknown }).cy === "object");
  return { context, page, scripts, firstRender, hasCy };
}

/** Each script's bytes on the wire (gzip, fetched again with Accept-Encoding: gzip) and how it was sent, biggest first. */
export async function scriptSizes(urls: Iterable<string>): Promise<{ url: string; bytes: number; encoding: string }[]> {
  const sizes: { url: string; bytes: number; encoding: string }[] = [];
  for (const url of urls) {
    sizes.push(
      await new Promise((resolve, reject) => {
        httpRequest(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
          let bytes = 0;
          res.on("data", (chunk: Buffer) => (bytes += chunk.length));
          res.on("end", () => resolve({ url, bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }));
        })
          .on("error", reject)
          .end();
      }),
    );
  }
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

/** The sum of some of `sizes`, and how they were sent. */
export function totalOf(sizes: { bytes: number; encoding: string }[]): { kib: number; count: number; encodings: string } {
  return { kib: sizes.reduce((sum, s) => sum + s.bytes, 0) / 1024, count: sizes.length, encodings: [...new Set(sizes.map((s) => s.encoding))].join("/") };
}

/** What renders: WebGL presence and its (software) renderer string, and WebGPU presence. */
export async function gpuSummary(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      const renderer = gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : "no WebGL";
      return `WebGL: ${renderer}; navigator.gpu: ${"gpu" in navigator ? "present" : "absent"}`;
    });
  } finally {
    await page.close();
  }
}

type CyWindow = Window & { cy: import("cytoscape").Core; __longTasks: { start: number; duration: number }[] };

/**
 * What an interaction is waiting for. "details", "path" and "nodes" read our page (its Details region, window.cy);
 * "text" and "count" read any page's DOM, e.g. the peer's: an element of `selector` whose text is `text`,
 * and at least `min[selector]` elements for every selector.
 */
export type Done =
  | { kind: "details"; name: string }
  | { kind: "path"; classes: string[] }
  | { kind: "nodes"; ids: string[] }
  | { kind: "text"; selector: string; text: string }
  | { kind: "count"; min: Record<string, number> };

/** ms from the first input event of `inputKind` until the frame in which `done` first holds has been painted. */
export async function timeInteraction(page: Page, inputKind: "mousedown" | "keydown", done: Done, act: () => Promise<void>, timeoutMs = 10_000): Promise<number | null> {
  await page.evaluate(
    ([kind, want, timeout]) => {
      const w = window as unknown as { __interaction?: Promise<number | null>; cy: import("cytoscape").Core };
      let inputAt: number | null = null;
      addEventListener(kind, (e) => (inputAt ??= e.timeStamp), { capture: true, once: true });
      const test = () => {
        if (want.kind === "details") return [...document.querySelectorAll("h1,h2,h3,h4,[role=heading]")].some((h) => h.textContent?.trim() === want.name && h.closest("section,aside,[role=region]"));
        if (want.kind === "path") return want.classes.some((c) => w.cy.elements(`.${c}`).length > 0);
        if (want.kind === "text") return [...document.querySelectorAll(want.selector)].some((e) => e.textContent?.trim() === want.text);
        if (want.kind === "count") return Object.entries(want.min).every(([selector, min]) => document.querySelectorAll(selector).length >= min);
        return want.ids.every((id) => w.cy.$id(id).nonempty() && w.cy.$id(id).visible());
      };
      w.__interaction = new Promise((resolve) => {
        const started = performance.now();
        const frame = () => {
          // Seen at the start of a frame: that frame paints it; a message posted now is handled right after the paint.
          if (inputAt !== null && test()) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - inputAt!);
            channel.port2.postMessage(0);
          }
          else if (performance.now() - started > timeout) resolve(null);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    [inputKind, done, timeoutMs] as const,
  );
  await act();
  return page.evaluate(() => (window as unknown as { __interaction: Promise<number | null> }).__interaction);
}

const LOADS = 3;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const spread = (xs: number[]) => `median of ${xs.length} (${xs.map((x) => Math.round(x)).join(", ")} ms)`;

/** The seed graph: first render (median of 3 cold loads), click → details (3 nodes), "LLM → Generative AI" → highlighted path, JS shipped. */
export async function measureSeedPage(browser: Browser, baseUrl: string, prefix: string, report: Report, withJs: boolean): Promise<void> {
  const renders: number[] = [];
  let opened: Awaited<ReturnType<typeof openPage>> | null = null;
  try {
    for (let i = 0; i < LOADS; i++) {
      await opened?.context.close();
      opened = await openPage(browser, `${baseUrl}/?debug=1&map=all`, 30_000);
      if (opened.firstRender === null) break;
      renders.push(opened.firstRender);
    }
    const { page, scripts, hasCy } = opened!;
    if (renders.length < LOADS) report.na(`${prefix}.first-render`, "ms", `n/a (UI hook missing: performance mark "${FIRST_RENDER}")`);
    else report.add(`${prefix}.first-render`, median(renders), "ms", { note: `navigation start → mark "${FIRST_RENDER}", ${spread(renders)} cold loads` });
    if (withJs) {
      const sizes = await scriptSizes(scripts);
      const js = totalOf(sizes);
      report.add("page.js-gzip", js.kib, "KiB", { note: `all ${js.count} scripts / loads until the graph is drawn, as sent (content-encoding ${js.encodings})` });
      const html = await (await fetch(`${baseUrl}/`)).text();
      const tags = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1].replaceAll("&amp;", "&"), baseUrl).href));
      const initial = totalOf(sizes.filter((s) => tags.has(s.url)));
      report.add("page.js-gzip-initial", initial.kib, "KiB", { note: `the ${initial.count} <script src> of the HTML; the rest is loaded lazily (the graph canvas)` });
      for (const { url, bytes } of sizes) {
        report.add(`page.js-chunk.${path.basename(new URL(url).pathname)}`, bytes / 1024, "KiB", { note: tags.has(url) ? "in the HTML" : "loaded later" });
      }
    }
    if (!hasCy || renders.length < LOADS) {
      report.na(`${prefix}.click-to-details`, "ms", "n/a (UI hook missing: window.cy with ?debug=1)");
      report.na(`${prefix}.path-highlight`, "ms", "n/a (UI hook missing: window.cy with ?debug=1)");
      return;
    }
    await measureClicks(page, prefix, report);
    await measurePath(page, prefix, report);
  } finally {
    await opened?.context.close();
  }
}

/** Waits until the first arrangement is in place and the main thread has had no long task for 500 ms (at most 10 s). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-graph-ready="true"]') !== null, null, { timeout: 10_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => {
        const tasks = (window as unknown as CyWindow).__longTasks;
        const last = tasks.length > 0 ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
        return performance.now() - last > 500;
      },
      null,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => undefined);
}

/** Clicks the three best-connected nodes in view, one after the other, each after the page has settled. */
async function measureClicks(page: Page, prefix: string, report: Report): Promise<void> {
  const times: number[] = [];
  const names: string[] = [];
  for (let rank = 0; rank < LOADS; rank++) {
    await settle(page);
    const target = await page.evaluate((k) => {
      const cy = (window as unknown as CyWindow).cy;
      const box = cy.container()!.getBoundingClientRect();
      const inView = cy.nodes(":visible").filter((n) => {
        const p = n.renderedPosition();
        return p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 40;
      });
      const node = inView.sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))[k];
      if (!node) return null;
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, name: String(node.data("label") ?? node.id()) };
    }, rank);
    if (!target) break;
    const ms = await timeInteraction(page, "mousedown", { kind: "details", name: target.name }, () => page.mouse.click(target.x, target.y));
    const shown = await page.getByRole("region", { name: "Details" }).getByRole("heading", { name: target.name, exact: true }).isVisible().catch(() => false);
    if (ms === null || !shown) return report.na(`${prefix}.click-to-details`, "ms", `n/a (no heading "${target.name}" in the region "Details" after a click on the node)`);
    times.push(ms);
    names.push(target.name);
  }
  if (times.length === 0) return report.na(`${prefix}.click-to-details`, "ms", "no visible node to click");
  report.add(`${prefix}.click-to-details`, median(times), "ms", { note: `mousedown → heading painted in "Details", ${spread(times)}: ${names.join(", ")}` });
}

async function measurePath(page: Page, prefix: string, report: Report): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search concepts" }).or(page.getByRole("searchbox", { name: "Search concepts" })).or(page.getByRole("textbox", { name: "Search concepts" }));
  if ((await box.count()) === 0) return report.na(`${prefix}.path-highlight`, "ms", 'n/a (UI hook missing: search box "Search concepts")');
  await box.first().fill("LLM → Generative AI");
  const ms = await timeInteraction(page, "keydown", { kind: "path", classes: PATH_CLASSES }, () => box.first().press("Enter"));
  const cls = await page.evaluate((classes) => classes.find((c) => (window as unknown as CyWindow).cy.elements(`.${c}`).length > 0) ?? null, PATH_CLASSES);
  if (ms === null) report.na(`${prefix}.path-highlight`, "ms", `n/a (no element got a path class (${PATH_CLASSES.join(", ")}) after "LLM → Generative AI" + Enter)`);
  else report.add(`${prefix}.path-highlight`, ms, "ms", { note: `typed "LLM → Generative AI" + Enter, waited for .${cls}` });
}

/** A big graph: first render, layout, nodes shown, frame rate during 5 s of scripted pan and zoom, heap, long tasks. */
export async function measureScalePage(browser: Browser, baseUrl: string, prefix: string, report: Report, totalNodes: number, expand: ExpandTarget): Promise<void> {
  const { context, page, firstRender, hasCy } = await openPage(browser, `${baseUrl}/?debug=1&map=all`, 120_000);
  try {
    if (firstRender === null) report.na(`${prefix}.first-render`, "ms", `n/a (UI hook missing: performance mark "${FIRST_RENDER}")`);
    else report.add(`${prefix}.first-render`, firstRender, "ms");
    if (!hasCy || firstRender === null) {
      for (const m of ["layout", "nodes-shown", "fps-pan-zoom", "js-heap", "longest-task-after-render", "expand"]) report.na(`${prefix}.${m}`, "", "n/a (UI hook missing: window.cy with ?debug=1)");
      return;
    }
    // The layout is computed before the first frame here, so time it from the data: /api/graph answered → arranged.
    const layout = await page
      .waitForFunction(
        (mark) => {
          const w = window as unknown as { __graphReadyAt: number | null };
          const done = performance.getEntriesByName(mark)[0]?.startTime ?? w.__graphReadyAt;
          const data = performance.getEntriesByType("resource").find((r) => r.name.includes("/api/graph")) as PerformanceResourceTiming | undefined;
          return done !== null && done !== undefined && data !== undefined && { ms: done - data.responseEnd, how: performance.getEntriesByName(mark).length > 0 ? `mark "${mark}"` : 'data-graph-ready="true"' };
        },
        LAYOUT_DONE,
        { timeout: 120_000, polling: 50 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!layout) report.na(`${prefix}.layout`, "ms", `n/a (UI hook missing: performance mark "${LAYOUT_DONE}" or data-graph-ready="true")`);
    else report.add(`${prefix}.layout`, layout.ms, "ms", { note: `/api/graph answered → ${layout.how} (build, layout, first frame)` });

    const shown = await page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      const r = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
      return { nodes: cy.nodes().length, edges: cy.edges().length, webgl: Boolean(r.webgl) };
    });
    report.add(`${prefix}.nodes-shown`, shown.nodes, "nodes", { note: `${shown.edges} edges shown of a ${totalNodes}-node graph` });

    const fps = await page.evaluate(async () => {
      const cy = (window as unknown as CyWindow).cy;
      const { width, height } = cy.container()!.getBoundingClientRect();
      const start = performance.now();
      let frames = 0;
      return new Promise<number>((resolve) => {
        const step = (now: number) => {
          frames++;
          const t = (now - start) / 1000;
          cy.panBy({ x: 6 * Math.cos(t * 2), y: 6 * Math.sin(t * 2) });
          cy.zoom({ level: cy.zoom() * (1 + 0.01 * Math.sin(t * 3)), renderedPosition: { x: width / 2, y: height / 2 } });
          if (now - start < 5000) requestAnimationFrame(step);
          else resolve(frames / ((now - start) / 1000));
        };
        requestAnimationFrame(step);
      });
    });
    report.add(`${prefix}.fps-pan-zoom`, fps, "fps", { note: `${shown.webgl ? "webgl" : "canvas"} renderer, 5 s of cy.panBy + cy.zoom per frame` });

    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    report.add(`${prefix}.js-heap`, heap.usedSize / 2 ** 20, "MiB");

    const longest = await page.evaluate((after) => {
      const tasks = (window as unknown as CyWindow).__longTasks.filter((t) => t.start >= after);
      return { max: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length };
    }, firstRender);
    report.add(`${prefix}.longest-task-after-render`, longest.max, "ms", { note: `${longest.count} long tasks (>50 ms) after first render, incl. the pan/zoom` });
    await measureExpand(page, prefix, report, expand);
    if (totalNodes <= LOAD_ALL_UP_TO) await measureLoadAll(page, prefix, report, totalNodes);
  } finally {
    await context.close();
  }
}

/** Beyond this, drawing every node on the 2D canvas takes minutes here; the figure is taken up to it. */
const LOAD_ALL_UP_TO = 10_000;

/** "Load all" on an overview: the click until every node is drawn, and the longest task meanwhile. */
async function measureLoadAll(page: Page, prefix: string, report: Report, totalNodes: number): Promise<void> {
  const button = page.getByRole("button", { name: /^Load all/ });
  if ((await button.count()) === 0) {
    report.na(`${prefix}.load-all`, "ms", "the graph opened whole: no Load all");
    return;
  }
  const t0 = await page.evaluate(() => performance.now());
  await button.click();
  const drawn = await page
    .waitForFunction((n) => (window as unknown as CyWindow).cy.nodes().length >= n, totalNodes, { timeout: 180_000, polling: 100 })
    .then(() => true)
    .catch(() => false);
  const after = await page.evaluate((start) => {
    const tasks = (window as unknown as CyWindow).__longTasks.filter((t) => t.start >= start);
    return { ms: performance.now() - start, nodes: (window as unknown as CyWindow).cy.nodes().length, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
  }, t0);
  report.add(`${prefix}.load-all`, drawn ? after.ms : null, "ms", { note: drawn ? `click → all ${after.nodes} nodes drawn` : `only ${after.nodes} of ${totalNodes} drawn after 180 s` });
  report.add(`${prefix}.load-all-longest-task`, after.longest, "ms", { note: "the longest task from the click until all were drawn" });
}

export interface ExpandTarget {
  id: string;
  neighbours: string[];
}

/**
 * Expanding: double-click a node of the opening view (Cytoscape's dbltap expands it and, on an overview, loads
 * its neighbours) and time until all its neighbours are shown.
 */
async function measureExpand(page: Page, prefix: string, report: Report, target: ExpandTarget): Promise<void> {
  await settle(page);
  const at = await page.evaluate((id) => {
    const cy = (window as unknown as CyWindow).cy;
    const node = cy.$id(id);
    if (node.empty()) return null;
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, before: cy.nodes().length };
  }, target.id);
  if (!at) {
    report.add(`${prefix}.expand`, null, "ms", { note: `node ${target.id} is not in the opening view` });
    return;
  }
  const ms = await timeInteraction(page, "mousedown", { kind: "nodes", ids: target.neighbours }, () => page.mouse.dblclick(at.x, at.y), 60_000);
  const after = await page.evaluate(() => (window as unknown as CyWindow).cy.nodes().length);
  if (ms === null) report.add(`${prefix}.expand`, null, "ms", { note: `double-click on ${target.id} did not show its ${target.neighbours.length} neighbours within 60 s` });
  else report.add(`${prefix}.expand`, ms, "ms", { note: `double-click on ${target.id} → its ${target.neighbours.length} neighbours painted; ${at.before} → ${after} nodes loaded` });
}
