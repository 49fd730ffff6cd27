// /api/openapi.json is a valid OpenAPI 3.1 document, and every route's real answer (called in-process, as Next does)
// fits the JSON Schema the document publishes for it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { DESCRIBED_PATHS } from "@/lib/api/openapi";
import { callRoute } from "../support/call-route";
import { fetchExport } from "../support/read-export";

type Doc = { openapi: string; paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }> };

/** One call per described route: its URL, path parameters and the status it answers. */
const CALLS: { path: string; url: string; params?: Record<string, string>; status?: number }[] = [
  { path: "/api/health", url: "/api/health" },
  { path: "/api/graph", url: "/api/graph?positions=true" },
  { path: "/api/graph", url: "/api/graph?kinds=Model&limit=2" },
  { path: "/api/nodes/{id}", url: "/api/nodes/gpt-4", params: { id: "gpt-4" } },
  { path: "/api/nodes/{id}", url: "/api/nodes/nope", params: { id: "nope" }, status: 404 },
  { path: "/api/nodes/{id}/glance", url: "/api/nodes/gpt-4/glance", params: { id: "gpt-4" } },
  { path: "/api/search", url: "/api/search?q=genai" },
  { path: "/api/search", url: "/api/search", status: 400 },
  { path: "/api/paths", url: "/api/paths?from=gpt-4&to=dall-e-3" },
  { path: "/api/compare", url: "/api/compare?a=large-language-model&b=generative-ai" },
  { path: "/api/ask", url: `/api/ask?q=${encodeURIComponent("Is GPT-4 a large language model?")}` },
  { path: "/api/ask", url: `/api/ask?q=${encodeURIComponent("Who made ChatGPT?")}` },
  { path: "/api/matrix", url: "/api/matrix?columns=tasks&kinds=Model,Product,Category" },
  { path: "/api/tasks/{id}/recommendations", url: "/api/tasks/customer-support/recommendations", params: { id: "customer-support" } },
  { path: "/api/export/context.jsonld", url: "/api/export/context.jsonld" },
  { path: "/api/openapi.json", url: "/api/openapi.json" },
];

const MODULES: Record<string, () => Promise<Record<string, unknown>>> = {
  "/api/health": () => import("@/app/api/health/route"),
  "/api/graph": () => import("@/app/api/graph/route"),
  "/api/nodes/{id}": () => import("@/app/api/nodes/[id]/route"),
  "/api/nodes/{id}/glance": () => import("@/app/api/nodes/[id]/glance/route"),
  "/api/search": () => import("@/app/api/search/route"),
  "/api/paths": () => import("@/app/api/paths/route"),
  "/api/compare": () => import("@/app/api/compare/route"),
  "/api/ask": () => import("@/app/api/ask/route"),
  "/api/matrix": () => import("@/app/api/matrix/route"),
  "/api/tasks/{id}/recommendations": () => import("@/app/api/tasks/[id]/recommendations/route"),
  "/api/export": () => import("@/app/api/export/route"),
  "/api/export/context.jsonld": () => import("@/app/api/export/context.jsonld/route"),
  "/api/openapi.json": () => import("@/app/api/openapi.json/route"),
};

export function openApiSuite(backend: "memory" | "neo4j") {
  describe(`the OpenAPI document on the ${backend} store`, () => {
    let doc: Doc;
    let ajv: Ajv2020;
    beforeAll(async () => {
      const res = await callRoute(await MODULES["/api/openapi.json"](), "/api/openapi.json");
      expect(res.status).toBe(200);
      doc = res.body as unknown as Doc;
      // The document's own schemas, addressable as openapi.json#/components/schemas/…
      ajv = new Ajv2020({ strict: false, allErrors: true });
      ajv.addSchema(doc, "openapi.json");
    });

    it("is a valid OpenAPI 3.1 document that describes every route", async () => {
      const result = await new Validator().validate(structuredClone(doc) as never);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths).sort()).toEqual([...DESCRIBED_PATHS].sort());
      expect(Object.keys(MODULES).sort()).toEqual([...DESCRIBED_PATHS].sort());
      // Every route file under app/api but the catch-all 404 is described.
      const files = readdirSync("app/api", { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts");
      const routes = files.map((f) => `/api/${path.dirname(f)}`.replace(/\[(\w+)\]/g, "{$1}")).filter((r) => !r.includes("[[...")).sort();
      expect(routes).toEqual([...DESCRIBED_PATHS].sort());
      // Both checkers do refuse: a document without info, a graph whose nodes are not a list.
      expect((await new Validator().validate({ openapi: "3.1.0", paths: {} } as never)).valid).toBe(false);
      expect(ajv.getSchema("openapi.json#/components/schemas/GraphView")!({ nodes: 1 })).toBe(false);
    });

    it.each(CALLS)("$url answers what the document says ($path)", async ({ path, url, params, status = 200 }) => {
      const res = await callRoute(await MODULES[path](), url, { params });
      expect(res.status).toBe(status);
      const described = doc.paths[path].get.responses[String(status)];
      expect(described, `status ${status} of ${path} is described`).toBeDefined();
      const [type, { schema }] = Object.entries(described.content!)[0];
      expect(res.headers.get("content-type")).toContain(type);
      const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
      expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
    });

    it("describes the export's media types and parameters as the route serves them", async () => {
      const mod = await MODULES["/api/export"]();
      const content = doc.paths["/api/export"].get.responses["200"].content!;
      for (const format of ["graphml", "gexf", "jsonld", "turtle", "csv", "cypher"]) {
        const res = await fetchExport(mod, `/api/export?format=${format}&kinds=Model`);
        expect(res.status).toBe(200);
        expect(Object.keys(content)).toContain(res.headers.get("content-type")!.split(";")[0]);
      }
      const bad = await callRoute(mod, "/api/export?format=pdf");
      const validate = ajv.getSchema(`openapi.json${doc.paths["/api/export"].get.responses["400"].content!["application/json"].schema.$ref}`)!;
      expect(bad.status).toBe(400);
      expect(validate(bad.body)).toBe(true);
    });
  });
}
