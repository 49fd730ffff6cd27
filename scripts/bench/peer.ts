// The peer: Neo4j Browser (its static build from Maven, served locally) on the same Neo4j and in the same Chromium
// as our page, timed the way page.ts times ours: from the input event to the painted frame that shows the result.
// The target: details and paths at least 2× faster than the peer, so the ratios peer ÷ ours should be ≥ 2.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { median, spread, timeInteraction } from "./page";
import { ensurePeerBuild } from "./peer-build";
import { INSPECTOR, NODE, RELATIONSHIP, clearStream, emptyPoint, nodeTarget, openPeer, typeQuery, waitLayoutStill, type PeerPage } from "./peer-ui";
import type { Report } from "./report";
import type { Bench } from "./scale";
import { serveStatic, type StaticServer } from "./static-server";

const PREFIX = "seed.peer";
/** The same pair as our "LLM → Generative AI". */
const PATH_ENDS = { from: "large-language-model", to: "generative-ai" };
/** The Browser's own query for "the whole graph"; it then fetches the relationships between the nodes itself. */
const DRAW_QUERY = "MATCH (n:Concept) RETURN n";
/** Labelled ends, so Neo4j finds them through the unique index on :Concept(id). */
const PATH_QUERY = `MATCH (a:Concept {id: '${PATH_ENDS.from}'}), (b:Concept {id: '${PATH_ENDS.to}'}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p`;
const FIGURES = [
  ["draw-graph", "ms"],
  ["click-to-details", "ms"],
  ["path-highlight", "ms"],
] as const;

/** What the database holds, read with the bench's driver: what the Browser should draw and which nodes to click. */
const FACTS = `
CALL () { MATCH (n:Concept) RETURN count(n) AS nodes }
CALL () { MATCH (:Concept)-[r]->(:Concept) RETURN count(r) AS relationships }
CALL () {
  MATCH (n:Concept)
  WITH n, COUNT { (n)--(:Concept) } AS degree ORDER BY degree DESC, n.id LIMIT 3
  RETURN collect({ identity: toString(id(n)), name: n.name }) AS top
}
CALL () {
  OPTIONAL MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
  OPTIONAL MATCH p = shortestPath((a)-[*..6]-(b))
  RETURN length(p) AS hops
}
RETURN nodes, relationships, top, hops`;

interface Facts {
  nodes: number;
  relationships: number;
  /** The three best-connected nodes: the Browser's `<id>` (what its SVG is labelled with) and the name. */
  top: { identity: string; name: string }[];
  hops: number | null;
}

async function readFacts(driver: Driver): Promise<Facts> {
  const { records } = await driver.executeQuery(FACTS, PATH_ENDS);
  const r = records[0];
  const hops = r.get("hops") as { toNumber(): number } | null;
  return { nodes: r.get("nodes").toNumber(), relationships: r.get("relationships").toNumber(), top: r.get("top"), hops: hops?.toNumber() ?? null };
}

/**
 * Measures Neo4j Browser against the Neo4j at `boltUrl` (which must hold the seed graph, as bench.driver sees it):
 * draw the graph, click → node properties, shortest path, JS shipped; then the ratios to our figures of this run.
 * Never throws: what cannot be measured is reported n/a with the reason, and a warning is left.
 */
export async function measurePeer(bench: Bench, boltUrl: string): Promise<void> {
  const { report, browser, log } = bench;
  const start = report.results.length;
  let server: StaticServer | null = null;
  let peer: PeerPage | null = null;
  try {
    if (!browser) throw new Error("no browser");
    const build = await ensurePeerBuild(log);
    log(`\n== seed: the peer, Neo4j Browser ${build.version}`);
    const facts = await readFacts(bench.driver);
    server = await serveStatic(build.root);
    peer = await openPeer(browser, server.url, boltUrl);
    await measureDraw(peer, report, facts, build.version);
    await measureJs(peer, report, server.url, build.root);
    await measureClicks(peer, report, facts);
    await measurePath(peer, report, facts);
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    bench.warnings.push(`${PREFIX}: the peer could not be measured in full: ${why}`);
    const done = new Set(report.results.slice(start).map((r) => r.name));
    for (const [name, unit] of [...FIGURES.map(([n, u]) => [`${PREFIX}.${n}`, u]), ["peer.js-gzip", "KiB"]]) {
      if (!done.has(name)) report.na(name, unit, `n/a (${why})`);
    }
  } finally {
    await peer?.context.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
  ratios(report);
}

/** Submit keystroke → every node and relationship of the graph painted in the result frame. */
async function measureDraw({ page }: PeerPage, report: Report, facts: Facts, version: string): Promise<void> {
  await clearStream(page);
  await typeQuery(page, DRAW_QUERY);
  const ms = await runTimed(page, { [NODE]: facts.nodes, [RELATIONSHIP]: facts.relationships }, 60_000);
  const drawn = await counts(page);
  const what = `${drawn.nodes} nodes, ${drawn.relationships} relationships drawn of ${facts.nodes}, ${facts.relationships}`;
  if (ms === null) return report.na(`${PREFIX}.draw-graph`, "ms", `n/a (not all drawn within 60 s: ${what})`);
  report.add(`${PREFIX}.draw-graph`, ms, "ms", { note: `Neo4j Browser ${version}, "${DRAW_QUERY}" + Ctrl+Enter → ${what} (connect result nodes on, initial node display 300)` });
}

/** The Browser's run keystroke, timed from the Enter (Control is already down) until `min` elements are painted. */
async function runTimed(page: PeerPage["page"], min: Record<string, number>, timeoutMs: number): Promise<number | null> {
  await page.keyboard.down("Control");
  try {
    return await timeInteraction(page, "keydown", { kind: "count", min }, () => page.keyboard.press("Enter"), timeoutMs);
  } finally {
    await page.keyboard.up("Control");
  }
}

const counts = (page: PeerPage["page"]) =>
  page.evaluate(([n, r]) => ({ nodes: document.querySelectorAll(n).length, relationships: document.querySelectorAll(r).length }), [NODE, RELATIONSHIP] as const);

/** Every script the page loaded until the graph was drawn, gzipped as a static server would send them. */
async function measureJs({ scripts }: PeerPage, report: Report, baseUrl: string, root: string): Promise<void> {
  const files = [...scripts].filter((u) => u.startsWith(baseUrl)).map((u) => path.join(root, decodeURIComponent(new URL(u).pathname)));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  report.add("peer.js-gzip", bytes / 1024, "KiB", { note: `all ${files.length} scripts loaded until the graph was drawn, gzipped here (zlib level 6): the static build serves them uncompressed` });
}

/** Mousedown on each of the three best-connected nodes → its name painted in the node-properties panel. */
async function measureClicks({ page }: PeerPage, report: Report, facts: Facts): Promise<void> {
  const name = `${PREFIX}.click-to-details`;
  await waitLayoutStill(page);
  const times: number[] = [];
  for (const node of facts.top) {
    // The Browser shows a hovered node's details after 200 ms: park the mouse on empty canvas first, so that
    // what is timed is the click's selection, not a hover that began before it.
    const rest = await emptyPoint(page);
    if (rest) await page.mouse.move(rest.x, rest.y);
    await page.waitForTimeout(300);
    const at = await nodeTarget(page, node.identity);
    if (!at) return report.na(name, "ms", `n/a (node "${node.name}" <id> ${node.identity} not drawn or covered where it would be clicked)`);
    // Shown already (a property of the node shown before): the click would be timed at one frame.
    if (await shows(page, node.name)) return report.na(name, "ms", `n/a ("${node.name}" was in the node-properties panel before the click)`);
    const ms = await timeInteraction(page, "mousedown", { kind: "text", selector: PANEL_TEXT, text: node.name }, () => page.mouse.click(at.x, at.y));
    if (ms === null) return report.na(name, "ms", `n/a (no "${node.name}" in the node-properties panel after a click on the node)`);
    times.push(ms);
  }
  report.add(name, median(times), "ms", { note: `mousedown → name painted in the node-properties panel, ${spread(times)}: ${facts.top.map((n) => n.name).join(", ")}` });
}

const PANEL_TEXT = `${INSPECTOR} *`;
const shows = (page: PeerPage["page"], text: string) =>
  page.evaluate(([selector, want]) => [...document.querySelectorAll(selector)].some((e) => e.textContent?.trim() === want), [PANEL_TEXT, text] as const);

/** Run keystroke on the shortest path LLM → Generative AI → the path's nodes and relationships painted in its frame. */
async function measurePath({ page }: PeerPage, report: Report, facts: Facts): Promise<void> {
  const name = `${PREFIX}.path-highlight`;
  if (facts.hops === null) return report.na(name, "ms", `n/a (no path ${PATH_ENDS.from} → ${PATH_ENDS.to} in the database)`);
  const before = await counts(page);
  await typeQuery(page, PATH_QUERY);
  const ms = await runTimed(page, { [NODE]: before.nodes + facts.hops + 1, [RELATIONSHIP]: before.relationships + facts.hops }, 30_000);
  if (ms === null) return report.na(name, "ms", `n/a (the ${facts.hops}-hop path was not drawn within 30 s)`);
  report.add(name, ms, "ms", { note: `"${PATH_QUERY}" + Ctrl+Enter → its ${facts.hops + 1} nodes and ${facts.hops} relationship${facts.hops === 1 ? "" : "s"} painted in a new result frame` });
}

/** peer ÷ ours for each of our backends measured in this run: ≥ 2 meets the target. */
function ratios(report: Report): void {
  for (const [peer, ours, ratio] of [
    ["click-to-details", "click-to-details", "details-ratio"],
    ["path-highlight", "path-highlight", "path-ratio"],
  ]) {
    const theirs = report.value(`${PREFIX}.${peer}`);
    for (const backend of ["memory", "neo4j"]) {
      const mine = report.value(`seed.${backend}.page.${ours}`);
      if (theirs === null || mine === null || mine <= 0) continue;
      report.add(`${PREFIX}.${ratio}.${backend}`, theirs / mine, "×", { note: `peer ${theirs} ms ÷ ours (${backend}) ${mine} ms; ≥ 2 meets the target` });
    }
  }
}
