import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { DEFAULTS_PATH_LIMIT, DEFAULTS_URL } from "./defaults-server";
import { settled } from "./support";

// The third web server in playwright.config.ts: production's defaults, with a path limit of DEFAULTS_PATH_LIMIT.
test.skip(process.env.E2E_BACKEND === "neo4j", "the defaults server runs in the embedded-store pass only");
test.use({ baseURL: DEFAULTS_URL });

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/** A path query sent from `localAddress` (any of 127.0.0.0/8 is this machine), claiming to forward for `forwardedFor`. */
function pathQuery(localAddress: string, forwardedFor: string): Promise<Answer> {
  const url = `${DEFAULTS_URL}/api/paths?from=large-language-model&to=generative-ai`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress, headers: { "X-Forwarded-For": forwardedFor, "X-Real-IP": forwardedFor } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A loopback address of its own per run, so that a reused server's buckets from an earlier run do not interfere. */
const loopback = () => `127.${1 + Math.floor(Math.random() * 254)}.${1 + Math.floor(Math.random() * 254)}.${1 + Math.floor(Math.random() * 254)}`;

test("a client that makes up X-Forwarded-For addresses is limited by its socket address", async () => {
  const client = loopback();
  const statuses: number[] = [];
  for (let i = 1; i <= DEFAULTS_PATH_LIMIT + 1; i++) {
    const answer = await pathQuery(client, `203.0.113.${i}`);
    statuses.push(answer.status);
    if (answer.status === 429) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(answer.body)).toMatchObject({ code: "rate_limited" });
    }
  }
  // Each request claimed another client; all came from one socket address, which has a budget of DEFAULTS_PATH_LIMIT.
  expect(statuses).toEqual([...Array<number>(DEFAULTS_PATH_LIMIT).fill(200), 429]);
  // Another address keeps its own budget, even when it claims to be one the first client named.
  expect((await pathQuery(loopback(), "203.0.113.1")).status).toBe(200);
});

test("the diagram is not exposed as window.cy, even with ?debug=1", async ({ page }) => {
  await page.goto("/?debug=1");
  await settled(page);
  expect(await page.evaluate(() => typeof (window as { cy?: unknown }).cy)).toBe("undefined");
});
