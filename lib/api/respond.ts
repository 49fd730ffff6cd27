import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { GraphError } from "../graph/errors";
import { RateLimitedError } from "./rate-limit";

export const RETRY_AFTER_SECONDS = 5;
/** Longer URLs answer 414; `npm start` raises Node's header limit so they reach us rather than a bare 431. */
export const MAX_URL_LENGTH = 8192;
const retry = { "Retry-After": String(RETRY_AFTER_SECONDS) };

export function errorJson(status: number, code: string, error: string, headers?: Record<string, string>, requestId = crypto.randomUUID()) {
  return NextResponse.json({ error, code, requestId }, { status, headers });
}

function zodMessage(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Maps any failure to JSON; internal details go to the server log only, tagged with the request id. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ZodError) return errorJson(400, "bad_request", zodMessage(error));
  if (error instanceof RateLimitedError) {
    return errorJson(429, "rate_limited", "too many path queries from this client; retry later", {
      "Retry-After": String(error.retryAfterSeconds),
    });
  }
  if (error instanceof GraphError) {
    if (error.code === "timeout" || error.code === "unavailable") logCause(error);
    switch (error.code) {
      case "bad_request":
        return errorJson(400, "bad_request", error.message);
      case "not_found":
        return errorJson(404, "not_found", error.message);
      case "timeout":
        return errorJson(503, "timeout", "the query took too long; narrow it (fewer hops or types) and retry", retry);
      case "unavailable":
        return errorJson(503, "unavailable", "the graph database is unreachable; retry shortly", retry);
    }
  }
  const requestId = crypto.randomUUID();
  console.error(`[api] request ${requestId} failed:`, error);
  return errorJson(500, "internal", "internal error", undefined, requestId);
}

/** One line for expected outages (the cause's message, no stack): they can come in floods. */
export function logCause(error: Error): void {
  const cause = error.cause instanceof Error ? `: ${error.cause.message.split("\n")[0]}` : "";
  console.warn(`[api] ${error.message}${cause}`);
}

type Handler<C> = (request: Request, context: C) => Promise<unknown>;

/**
 * A read-only route: GET runs the handler and serialises its result (a Response passes through); every other method
 * answers 405 JSON (Next's own 405 has no body).
 */
export function getOnly<C>(handler: Handler<C>) {
  const GET = async (request: Request, context: C) => {
    if (request.url.length > MAX_URL_LENGTH) return errorJson(414, "uri_too_long", `the URL is longer than ${MAX_URL_LENGTH} characters`);
    try {
      const result = await handler(request, context);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
  const notAllowed = async () => errorJson(405, "method_not_allowed", "only GET is allowed", { Allow: "GET, HEAD" });
  return { GET, POST: notAllowed, PUT: notAllowed, PATCH: notAllowed, DELETE: notAllowed };
}
