// What each route answers, as zod schemas: /api/openapi.json publishes them and the integration tests check every
// route's real answer against the published JSON Schema. The type checks at the bottom keep them in step with the
// TypeScript types the handlers return. Objects stay open in the published schema (generated with io "input": no additionalProperties: false), so a field
// added later is no break.
import { z } from "zod";
import { ASK_FORMS, VERDICTS } from "../graph/ask/ask-types";
import { CELL_STATES, COLUMN_SETS, ROW_KINDS } from "../graph/insights/matrix-types";
import { KINDS, REL_TYPES, SCOPES } from "../graph/schema";

const kind = z.enum(KINDS);
const relType = z.enum(REL_TYPES);
const scope = z.enum(SCOPES);

export const nodeRef = z.object({ id: z.string(), name: z.string(), kind }).meta({ id: "NodeRef" });
export const sourceRef = z
  .object({ id: z.string(), title: z.string(), section: z.string().optional(), published: z.string().optional().describe("the article's date as it gives it") })
  .meta({ id: "SourceRef" });
/** A source that disagrees with a claim, and what it says instead. */
export const dispute = z.object({ source: sourceRef, note: z.string() }).meta({ id: "Dispute" });
const disputeFound = dispute.extend({ relationship: z.string().describe("the id of the disputed relationship") });
const factValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const nodeFull = z
  .object({ id: z.string(), name: z.string(), kind, aliases: z.array(z.string()), summary: z.string() })
  .catchall(factValue)
  .meta({ id: "NodeFull", description: "a node with its facts as extra fields" });

export const relationship = z
  .object({
    id: z.string(),
    type: relType,
    source: z.string(),
    target: z.string(),
    sources: z.array(sourceRef),
    scope: scope.optional(),
    note: z.string().optional(),
    disputedBy: z.array(dispute).optional(),
    forecast: z.literal(true).optional(),
  })
  .meta({ id: "Relationship" });

export const pathStep = z.object({
  id: z.string(),
  type: relType,
  source: z.string(),
  target: z.string(),
  some: z.literal(true).optional().describe("the relationship holds for some of its source's members only"),
});
export const graphPath = z.object({ nodes: z.array(nodeRef), relationships: z.array(pathStep) }).meta({ id: "Path" });

const packed = z.record(z.string(), z.tuple([z.number(), z.number()]));
export const graphResponse = z
  .object({
    nodes: z.array(nodeRef),
    relationships: z.array(relationship),
    truncated: z.boolean(),
    totalNodes: z.number().int(),
    layout: z
      .object({ version: z.string(), force: packed, hierarchy: packed, start: packed.optional() })
      .nullable()
      .optional()
      .describe("only with positions=true; null while the server is still computing it"),
  })
  .meta({ id: "GraphView" });

export const healthResponse = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    backend: z.enum(["memory", "neo4j"]),
    nodes: z.number().int().optional(),
    relationships: z.number().int().optional(),
    error: z.string().optional(),
    metrics: z.record(z.string(), z.number()).optional(),
  })
  .meta({ id: "Health" });

export const detailsResponse = z
  .object({
    node: nodeFull,
    sources: z.record(z.string(), z.object({ title: z.string(), published: z.string().optional() })),
    citations: z.array(z.object({ source: z.string(), section: z.string().optional() })),
    relationships: z.array(
      z.object({
        id: z.string(),
        type: relType,
        direction: z.enum(["out", "in"]),
        node: nodeRef,
        cites: z.array(z.number().int()).describe("indexes into citations"),
        scope: scope.optional(),
        note: z.string().optional(),
        disputes: z.array(z.object({ cite: z.number().int(), note: z.string() })).optional().describe("sources that dispute it: indexes into citations"),
        forecast: z.literal(true).optional(),
      }),
    ),
  })
  .meta({ id: "NodeDetails" });

export const glanceResponse = z
  .object({
    node: nodeRef,
    hasMembers: z.boolean(),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        total: z.number().int(),
        values: z.array(nodeRef.extend({ origin: z.enum(["direct", "inherited", "through"]), scope, from: nodeRef.optional(), disputes: z.array(disputeFound).optional() })),
      }),
    ),
  })
  .meta({ id: "Glance" });

export const searchResponse = z
  .object({ results: z.array(nodeRef.extend({ matched: z.string() })) })
  .meta({ id: "SearchResults" });

export const pathsResponse = z.object({ paths: z.array(graphPath) }).meta({ id: "Paths" });

const aspectValue = nodeRef.extend({
  origin: z.enum(["direct", "inherited", "through", "aggregated", "transitive"]),
  scope: scope.optional(),
  via: z.array(nodeRef).optional(),
  examples: z.number().int().optional(),
  members: z.array(nodeRef).optional(),
  contested: z.literal(true).optional(),
  disputes: z.array(disputeFound).optional(),
  sources: z.array(sourceRef),
});
export const compareResponse = z
  .object({
    a: nodeRef.extend({ summary: z.string() }),
    b: nodeRef.extend({ summary: z.string() }),
    relation: z.object({
      statement: z.string(),
      aIsB: z.boolean(),
      bIsA: z.boolean(),
      direct: z.array(pathStep.extend({ sources: z.array(sourceRef) })),
      path: graphPath.nullable(),
    }),
    commonAncestors: z.array(nodeRef),
    aspects: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        a: z.array(aspectValue),
        b: z.array(aspectValue),
        shared: z.array(z.string()),
        total: z.object({ a: z.number().int(), b: z.number().int() }).optional(),
      }),
    ),
  })
  .meta({ id: "Comparison" });

export const askResponse = z
  .object({
    question: z.string(),
    interpretation: z.object({
      form: z.enum(ASK_FORMS),
      concepts: z.array(z.object({ id: z.string(), name: z.string() })),
      reading: z.enum(["some", "all", "only"]).optional(),
      readings: z.array(z.string()).optional().describe("how an ambiguous or approximate name was read"),
    }),
    answer: z.object({
      verdict: z.enum(VERDICTS).optional(),
      text: z.string(),
      nodes: z.array(nodeRef),
      items: z.array(nodeRef),
      paths: z.array(graphPath),
      sources: z.array(sourceRef),
      disputes: z.array(disputeFound).optional(),
    }),
  })
  .meta({ id: "Answer" });

export const recommendationsResponse = z
  .object({
    task: nodeRef,
    outputs: z.array(nodeRef),
    recommendations: z.array(
      z.object({
        node: nodeRef,
        tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        through: nodeRef.optional(),
        reason: z.string(),
        path: graphPath,
        sources: z.array(sourceRef),
        contested: z.literal(true).optional(),
        specificity: z.number().int().optional(),
      }),
    ),
    kinds: z.array(z.object({ node: nodeRef, scope, reason: z.string(), examples: z.array(nodeRef), sources: z.array(sourceRef) })),
    excluded: z.array(z.object({ node: nodeRef, reason: z.string() })),
  })
  .meta({ id: "Recommendations" });

export const matrixResponse = z
  .object({
    columnSet: z.enum(COLUMN_SETS),
    columns: z.array(nodeRef),
    rows: z.array(
      z.object({
        node: nodeRef,
        satisfied: z.number().int().describe("how many columns it does (yes or inherited)"),
        cells: z.array(
          z.object({
            column: z.string(),
            state: z.enum(CELL_STATES),
            reason: z.string(),
            from: nodeRef.optional().describe("inherited: the category (or architecture) every member of which does it"),
            members: z.array(nodeRef).optional().describe("some: the members that do it"),
            ruledOutBy: nodeRef.optional().describe("the limitation that rules it out"),
            forecast: z.literal(true).optional(),
            disputes: z.array(disputeFound).optional(),
            path: graphPath.optional(),
            sources: z.array(z.string()).describe("ids into sources"),
          }),
        ),
      }),
    ),
    sources: z.array(sourceRef),
    filters: z.object({
      kinds: z.array(z.enum(ROW_KINDS)),
      category: nodeRef.optional(),
      developer: nodeRef.optional(),
      all: z.boolean(),
      ids: z.array(z.string()).optional(),
    }),
    totalRows: z.number().int().describe("rows before the all filter"),
    truncated: z.literal(true).optional().describe("more rows matched than the matrix shows"),
  })
  .meta({ id: "Matrix" });

export const errorResponseSchema = z
  .object({ error: z.string(), code: z.string(), requestId: z.string() })
  .meta({ id: "Error" });

export const jsonldContextResponse = z.object({ "@context": z.record(z.string(), z.unknown()) }).meta({ id: "JsonLdContext" });

export const openApiResponse = z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }) }).meta({ id: "OpenApiDocument" });
