/** Errors a store may throw; the API maps each code to one HTTP status. */
export type GraphErrorCode = "not_found" | "bad_request" | "unavailable" | "timeout";

export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "GraphError";
  }
}

export const notFound = (what: string) => new GraphError("not_found", `${what} not found`);
export const badRequest = (message: string) => new GraphError("bad_request", message);
