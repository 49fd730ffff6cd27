import { defineConfig } from "@playwright/test";
import { DEFAULTS_PATH_LIMIT, DEFAULTS_PORT, DEFAULTS_URL } from "./tests/e2e/defaults-server";
import { SCALE_NODES, SCALE_PORT, SCALE_SEED_DIR, SCALE_URL } from "./tests/e2e/scale-server";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** This process's environment, so CI can point the servers at Neo4j (GRAPH_BACKEND, NEO4J_URI, …). */
const processEnv = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
const serverEnv = {
  // Every test shares one client address; the per-client path limit is tested in tests/integration and, on a server
  // of its own, in tests/e2e/production-defaults.spec.ts.
  PATH_RATE_LIMIT_PER_MIN: "0",
  // The tests read the diagram through window.cy (`/?debug=1`), which production never exposes.
  EXPOSE_CY: "true",
  ...processEnv,
};
/** What production runs with, whatever this shell sets (tests/e2e/defaults-server.ts). */
const { EXPOSE_CY: _cy, TRUST_PROXY: _proxies, ...defaultsEnv } = processEnv;

/** The servers whose tests do not depend on the store run in the embedded-store pass only. */
const memoryPass = process.env.E2E_BACKEND !== "neo4j";

export default defineConfig({
  testDir: "tests/e2e",
  // The README pictures are tracked files: only `npm run screenshots` retakes them.
  testIgnore: process.env.SCREENSHOTS === "1" ? [] : ["**/screenshots.spec.ts"],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    // No animations: positions and classes settle at once, so tests read a stable diagram.
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's chromium; Playwright never downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // The production build must exist: the test script runs `next build` first.
  webServer: [
    {
      command: `npx next start -p ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: serverEnv,
    },
    // A second server on a 10,000-node synthetic graph (embedded store), for tests/e2e/scale.spec.ts. The page is the
    // same on both stores, so the Neo4j run leaves it out.
    ...(memoryPass
      ? [
          {
            command: `npx tsx scripts/seed-synthetic.ts --nodes ${SCALE_NODES} --out ${SCALE_SEED_DIR} && npx next start -p ${SCALE_PORT}`,
            url: `${SCALE_URL}/api/health`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
            env: { ...serverEnv, GRAPH_BACKEND: "memory", GRAPH_SEED_DIR: SCALE_SEED_DIR },
          },
          // Production defaults, for tests/e2e/production-defaults.spec.ts; they do not depend on the store.
          {
            command: `npx next start -p ${DEFAULTS_PORT}`,
            url: `${DEFAULTS_URL}/api/health`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
            env: { ...defaultsEnv, GRAPH_BACKEND: "memory", PATH_RATE_LIMIT_PER_MIN: String(DEFAULTS_PATH_LIMIT) },
          },
        ]
      : []),
  ],
});
