import { describe, expect, it } from "vitest";
import * as unknown from "@/app/api/[[...unknown]]/route";
import { callRoute } from "../support/call-route";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("unknown API paths", () => {
  it.each(METHODS)("answer 404 JSON with a code and request id to %s", async (method) => {
    for (const url of ["/api", "/api/nope", "/api/nodes", "/api/nodes/x/y"]) {
      const res = await callRoute(unknown, url, { method });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.body).toEqual({ error: `no API route at ${url}`, code: "not_found", requestId: expect.any(String) });
    }
  });

  it("answer HEAD with the same status", async () => {
    const head = unknown.HEAD as (request: Request) => Promise<Response>;
    expect((await head(new Request("http://localhost/api/nope", { method: "HEAD" }))).status).toBe(404);
  });
});
