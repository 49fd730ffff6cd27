// The OpenAPI 3.1 description of the API, generated from the schemas the handlers parse with (schemas.ts) and the
// answers they give (responses.ts): nothing here restates a parameter or a field by hand.
import { z } from "zod";
import pkg from "../../package.json";
import { CSV_PARTS, EXPORT_FORMATS, MEDIA_TYPES } from "../export/formats";
import * as R from "./responses";
import { RETRY_AFTER_SECONDS } from "./respond";
import * as Q from "./schemas";

type JsonSchema = Record<string, unknown>;
type ErrorStatus = 400 | 404 | 405 | 414 | 429 | 503;

interface Route {
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** A component schema (by its meta id) answered as JSON, or the media types of a file download. */
  answer: z.ZodType | "download";
  errors: ErrorStatus[];
}

const ROUTES: Route[] = [
  { path: "/api/health", summary: "Backend status and counts; 503 when the backend cannot answer", answer: R.healthResponse, errors: [] },
  { path: "/api/graph", summary: "Nodes and relationships, best-connected first when the limit cuts", query: Q.graphQuery, answer: R.graphResponse, errors: [400, 503] },
  { path: "/api/nodes/{id}", summary: "A node with its facts, relationships both ways and their sources", params: Q.idPath, answer: R.detailsResponse, errors: [400, 404, 503] },
  { path: "/api/nodes/{id}/glance", summary: "Parents, outputs, inputs, architectures, developers and tasks, own or inherited", params: Q.idPath, answer: R.glanceResponse, errors: [400, 404, 503] },
  { path: "/api/search", summary: "Ranked, typo-tolerant search over names and aliases", query: Q.searchQuery, answer: R.searchResponse, errors: [400, 503] },
  { path: "/api/paths", summary: "Shortest or all simple paths between two nodes (rate-limited)", query: Q.pathsQuery, answer: R.pathsResponse, errors: [400, 404, 429, 503] },
  { path: "/api/compare", summary: "How two concepts relate, with an aspect table (rate-limited)", query: Q.compareQuery, answer: R.compareResponse, errors: [400, 404, 429, 503] },
  { path: "/api/ask", summary: "A question in plain words, answered from the graph (rate-limited)", query: Q.askQuery, answer: R.askResponse, errors: [400, 429, 503] },
  { path: "/api/tasks/{id}/recommendations", summary: "What to use for a task, ranked, with reasons and sources", params: Q.idPath, answer: R.recommendationsResponse, errors: [400, 404, 503] },
  { path: "/api/matrix", summary: "Tools against output modalities, input modalities or tasks: every cell with its state, reason and sources", query: Q.matrixQuery, answer: R.matrixResponse, errors: [400, 503] },
  {
    path: "/api/export",
    summary: `The whole graph or a view as a download: ${EXPORT_FORMATS.join(", ")} (csv: part=${CSV_PARTS.join(" or ")})`,
    query: Q.exportQuery,
    answer: "download",
    errors: [400, 503],
  },
  { path: "/api/export/context.jsonld", summary: "The JSON-LD context of the jsonld export", answer: R.jsonldContextResponse, errors: [] },
  { path: "/api/openapi.json", summary: "This document", answer: z.object({ openapi: z.string() }).meta({ id: "OpenApiDocument" }), errors: [] },
];

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: "bad input",
  404: "unknown node or route",
  405: "only GET (and HEAD) is allowed",
  414: "the URL is longer than 8192 characters",
  429: "too many path queries from this client",
  503: "the database is unreachable or the query was cut off",
};

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as JsonSchema;

/** Query or path parameters from an object schema: one per key, its JSON Schema, required unless optional or defaulted. */
function parameters(schema: z.ZodObject, where: "query" | "path") {
  const json = toJson(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, { description, ...rest }]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: rest,
  }));
}

/**
 * Every schema with a meta id (responses.ts names them, and the shared NodeRef, SourceRef, Relationship, Path …), each
 * once under components.schemas; routes and schemas point at them by $ref.
 */
function components(): Record<string, JsonSchema> {
  const out = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", io: "input", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(Object.entries(out.schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${String(schema.meta()?.id)}` });
const jsonContent = (schema: z.ZodType, type = "application/json") => ({ [type]: { schema: ref(schema) } });

function operation(route: Route) {
  const ok =
    route.answer === "download"
      ? {
          description: "the document, streamed, with a Content-Disposition download name",
          headers: { "Content-Disposition": { schema: { type: "string" }, description: 'attachment; filename="ai-concepts….<ext>"' } },
          content: Object.fromEntries(Object.values(MEDIA_TYPES).map((type) => [type.split(";")[0], { schema: { type: "string" } }])),
        }
      : {
          description: "OK",
          content: jsonContent(route.answer, route.path.endsWith(".jsonld") ? "application/ld+json" : "application/json"),
        };
  const retry = { "Retry-After": { schema: { type: "integer", example: RETRY_AFTER_SECONDS } } };
  const errors = Object.fromEntries(
    [...route.errors, 405 as const, 414 as const].map((status) => [
      String(status),
      { description: ERROR_TEXT[status], ...(status === 429 || status === 503 ? { headers: retry } : {}), content: jsonContent(R.errorResponseSchema) },
    ]),
  );
  if (route.path === "/api/health") errors["503"] = { description: "the backend is not answering", headers: retry, content: jsonContent(R.healthResponse) };
  return {
    get: {
      summary: route.summary,
      operationId: `get${route.path.replace(/^\/api/, "").replace(/[{}.]/g, "").split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")}`,
      parameters: [...(route.params ? parameters(route.params, "path") : []), ...(route.query ? parameters(route.query, "query") : [])],
      responses: { "200": ok, ...errors, "500": { description: "internal error (logged with the request id)", content: jsonContent(R.errorResponseSchema) } },
    },
  };
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "AI Concepts Explorer API",
      version: pkg.version,
      description: "Read-only access to the AI-concepts graph: every relationship with the articles that support it.",
    },
    paths: Object.fromEntries(ROUTES.map((route) => [route.path, operation(route)])),
    components: { schemas: components() },
  };
}

/** The routes the document describes, for tests that call each one. */
export const DESCRIBED_PATHS = ROUTES.map((r) => r.path);
