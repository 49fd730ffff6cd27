import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const ms = z.coerce.number().int().positive();

const schema = z
  .object({
    GRAPH_BACKEND: z.enum(["memory", "neo4j"]).optional(),
    GRAPH_SEED_DIR: z.string().min(1).default("graph-seed"),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "must be a bolt://, neo4j:// (or +s/+ssc) URI")
      .optional(),
    NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    NEO4J_USER: z.string().default("neo4j"),
    NEO4J_PASSWORD: z.string().default("neo4j-password"),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_QUERY_TIMEOUT_MS: ms.default(5000),
    NEO4J_CONNECT_TIMEOUT_MS: ms.default(3000),
    /** Concurrent queries per app process; more only queue inside Neo4j (see create-driver.ts). */
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Path queries per minute per client IP; 0 turns the limit off (as `npm run bench` does). */
    PATH_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(0).default(120),
    /**
     * Reverse proxies in front of the app, each appending to X-Forwarded-For; 0: none, the socket address is the
     * client and a client's own X-Forwarded-For is ignored (see lib/api/client-address.ts).
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /** window.cy with `/?debug=1`, for the end-to-end tests and the page bench only: off in production. */
    EXPOSE_CY: bool.default(false),
    /** Adds memory and query figures to /api/health, for `npm run bench -- --soak`; off in production. */
    EXPOSE_METRICS: bool.default(false),
  })
  .transform((e) => ({ ...e, backend: e.GRAPH_BACKEND ?? (e.NEO4J_URI ? "neo4j" : "memory") }) as const);

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * Validates an environment. A variable set to the empty string (or blanks) counts as unset: `NEO4J_URI=` in a .env file
 * or a compose file means "no value", and must fall back to the default rather than fail validation.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The only reader of process.env: validated once, and a bad value fails loudly at start. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** NEO4J_URI, or the local server that `npm run neo4j:start` runs. */
export const neo4jUri = (e: Env) => e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`;
