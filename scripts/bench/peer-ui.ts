// Driving Neo4j Browser 5 (the bench's peer) through its own UI: open it connected to our Bolt server,
// type Cypher into its editor, find a drawn node. Selectors are the Browser's own (data-testid, the SVG
// classes of neo4j-arc's graph view); see github.com/neo4j/neo4j-browser at the tag of the version used.
import type { Browser, BrowserContext, Page } from "playwright-core";

/** The graph view of every result frame: one `g.node` per node drawn, one `g.relationship` per relationship. */
export const NODE = "svg g.layer.nodes g.node";
export const RELATIONSHIP = "svg g.layer.relationships g.relationship";
/** The node-properties panel beside each graph view. */
export const INSPECTOR = '[data-testid="vizInspector"]';
const EDITOR = '[data-testid="activeEditor"] .monaco-editor[role="code"]';

/**
 * Settings the Browser reads from localStorage at start: no crash reports or usage statistics (they would call
 * out to the internet), no start guide. initialNodeDisplay and autoComplete ("connect result nodes") keep their
 * defaults, 300 and on, so that what is drawn is what a user sees.
 */
const SETTINGS = { allowCrashReports: false, allowUserStats: false, initCmd: "", playImplicitInitCommands: false };

/** Ctrl+Enter: the Browser's run keystroke, which works whether or not the completion list is open. */
const RUN_KEY = "Control+Enter";

export interface PeerPage {
  context: BrowserContext;
  page: Page;
  /** Every script the page loaded from the static server, by URL. */
  scripts: Set<string>;
}

/**
 * Opens the Browser at 1280×800, connected to `boltUrl` without authentication (?dbms= and
 * ?preselectAuthMethod=NO_AUTH, both read by Browser 5.x at start). Every request that is not for the static
 * server is refused at once, so nothing waits on the internet; Bolt goes over a WebSocket, which routes do not see.
 */
export async function openPeer(browser: Browser, baseUrl: string, boltUrl: string): Promise<PeerPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route("**/*", (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort("internetdisconnected")));
  await context.addInitScript((settings) => {
    (globalThis as unknown as { __name: unknown }).__name ??= (fn: unknown) => fn; // see INIT_SCRIPT in page.ts
    localStorage.setItem("neo4j.settings", JSON.stringify(settings));
  }, SETTINGS);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script" && res.ok()) scripts.add(res.url());
  });
  const url = `${baseUrl}/?dbms=${encodeURIComponent(boltUrl)}&preselectAuthMethod=NO_AUTH`;
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.locator(EDITOR).waitFor({ timeout: 60_000 });
  await waitConnected(page);
  return { context, page, scripts };
}

/**
 * Connected once the Browser's :server connect frame says so and a query gets its answer (the status bar of its
 * result frame). A query typed before that would only get "No connection found".
 */
async function waitConnected(page: Page): Promise<void> {
  const said = await page.getByText("Connected to Neo4j").first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (!said) throw new Error("the Browser did not connect (no \"Connected to Neo4j\" within 30 s)");
  await typeQuery(page, "RETURN 1 AS connected");
  await page.keyboard.press(RUN_KEY);
  const answered = page.getByTestId("frameStatusbar").filter({ hasText: "Started streaming 1 records" });
  const ok = await answered.first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (!ok) throw new Error("the Browser did not connect: no answer to RETURN 1");
}

/** Types `query` into the main editor (without key events, so no completion pops up) and leaves it there. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(EDITOR).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

/** Clears the result stream (the Browser's :clear), so that the next frame is the only one. */
export async function clearStream(page: Page): Promise<void> {
  await typeQuery(page, ":clear");
  await page.keyboard.press(RUN_KEY);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="frame"]').length === 0, null, { timeout: 10_000 });
}

/** Waits until no node of the graph view has moved for `quietMs` (the force layout has cooled), at most `timeoutMs`. */
export async function waitLayoutStill(page: Page, quietMs = 500, timeoutMs = 20_000): Promise<void> {
  await page
    .waitForFunction(
      ([selector, quiet]) => {
        const w = window as unknown as { __still?: { key: string; since: number } };
        const key = [...document.querySelectorAll(selector)].map((g) => g.getAttribute("transform")).join(";");
        if (w.__still?.key !== key) w.__still = { key, since: performance.now() };
        return performance.now() - w.__still.since > quiet;
      },
      [NODE, quietMs] as const,
      { timeout: timeoutMs, polling: 100 },
    )
    .catch(() => undefined);
}

/**
 * Where to click node `identity` (the Browser's `<id>`; its SVG group is aria-label="graph-node<id>"): the centre
 * of its circle, when that point hits the node and not a caption or node drawn over it. Null when it cannot be hit.
 */
export async function nodeTarget(page: Page, identity: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((label) => {
    const g = document.querySelector(`g.node[aria-label="${label}"]`);
    const circle = g?.querySelector("circle.b-outline") ?? g?.querySelector("circle");
    if (!g || !circle) return null;
    const r = circle.getBoundingClientRect();
    const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    return g.contains(document.elementFromPoint(at.x, at.y)) ? at : null;
  }, `graph-node${identity}`);
}

/** A point of the graph view with nothing under it, to park the mouse on (the Browser shows a hovered node's details). */
export async function emptyPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const svg = document.querySelector("svg g.layer.nodes")?.closest("svg");
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    for (let y = box.top + 10; y < box.bottom; y += 20) {
      for (let x = box.left + 10; x < box.right; x += 20) {
        if (document.elementFromPoint(x, y) === svg) return { x, y };
      }
    }
    return null;
  });
}
