import { expect, test } from "@playwright/test";
import { LLM } from "./support";

// Through Next's real router: the catch-all in app/api/[[...unknown]] must answer every unknown path and no known one.
test.describe("unknown API paths", () => {
  for (const path of ["/api", "/api/nope", "/api/nodes", "/api/nodes/", `/api/nodes/${LLM}/extra`, "/api/tasks/x", "/api/health/x"]) {
    test(`${path} answers JSON 404 with the shared headers, to every method`, async ({ request }) => {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(404);
        const headers = response.headers();
        expect(headers["content-type"]).toMatch(/^application\/json/);
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["x-frame-options"]).toBe("DENY");
        expect(await response.json()).toEqual({ error: expect.stringMatching(/^no API route at \/api/), code: "not_found", requestId: expect.any(String) });
      }
      expect((await request.head(path)).status()).toBe(404);
    });
  }

  test("the named routes still answer", async ({ request }) => {
    expect((await request.get("/api/health")).status()).toBe(200);
    expect((await request.get(`/api/nodes/${LLM}`)).status()).toBe(200);
    expect((await request.get("/api/search?q=gpt")).status()).toBe(200);
    expect((await request.get("/api/nodes/no-such-node")).status()).toBe(404);
    expect(await (await request.get("/api/nodes/no-such-node")).json()).toMatchObject({ code: "not_found" });
    expect((await request.post("/api/health")).status()).toBe(405);
  });
});
