/**
 * A third server in playwright.config.ts, with production's defaults (no window.cy, no trusted proxy) and a path limit
 * small enough to reach: the other two turn both the limit off and window.cy on.
 */
export const DEFAULTS_PORT = Number(process.env.E2E_DEFAULTS_PORT ?? 3102);
export const DEFAULTS_URL = `http://127.0.0.1:${DEFAULTS_PORT}`;
export const DEFAULTS_PATH_LIMIT = 3;
