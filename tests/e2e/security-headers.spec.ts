import { expect, test } from "@playwright/test";
import { openExplorer } from "./support";

test.describe("security headers", () => {
  test("each page load gets its own CSP nonce, Next's scripts carry it, and nothing is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const first = await page.request.get("/");
    const second = await page.request.get("/");
    const csp = first.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    const nonceOf = (header: string | undefined) => /'nonce-([^']+)'/.exec(header ?? "")?.[1];
    expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonceOf(csp));

    // Every script the server writes into the page carries this response's nonce.
    const html = await first.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonceOf(csp)}"`);

    await openExplorer(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("AI Concepts Explorer");
    expect(violations).toEqual([]);
  });

  test("markup injected into the page cannot run its inline handlers", async ({ page }) => {
    await openExplorer(page);
    const ran = await page.evaluate(async () => {
      const box = document.createElement("div");
      box.innerHTML = '<img src="data:," onerror="window.__injected = true" onload="window.__injected = true">';
      document.body.appendChild(box);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test("API responses carry the shared headers and no page policy", async ({ request }) => {
    const response = await request.get("/api/health");
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    expect(headers["content-security-policy"]).toBeUndefined();
  });
});
