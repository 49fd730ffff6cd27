import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

/** URL paths of the route handlers that call limitPathQueries, from app/api/**∕route.ts. */
function limitedRoutes(): string[] {
  const files = readdirSync("app/api", { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts");
  return files
    .filter((f) => readFileSync(path.join("app/api", f), "utf8").includes("limitPathQueries("))
    .map((f) => `/api/${path.dirname(f)}`);
}

describe("proxy.ts matcher", () => {
  it("covers every rate-limited route, or a client could choose its own address there", () => {
    const routes = limitedRoutes();
    expect(routes).toContain("/api/paths");
    for (const route of routes) expect(config.matcher).toContain(route);
  });
});
