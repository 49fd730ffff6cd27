/** Where playwright.config.ts serves the 10,000-node synthetic graph. */
export const SCALE_PORT = Number(process.env.E2E_SCALE_PORT ?? 3101);
export const SCALE_URL = `http://127.0.0.1:${SCALE_PORT}`;
/** Outside test-results/, which Playwright empties when a run starts. */
export const SCALE_SEED_DIR = ".e2e-data/synthetic-10k";
export const SCALE_NODES = 10_000;
