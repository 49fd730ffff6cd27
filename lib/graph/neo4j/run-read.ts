import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { GraphError } from "../errors";
import { toNative } from "./to-native";

export interface ReadContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
const TOO_EXPENSIVE = /TransactionTimedOut|MemoryPoolOutOfMemoryError|TransactionMemoryLimit|Transaction.*Terminated/;

/** Maps driver failures onto the store's error codes; the original stays as the cause, for the log. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code) || error.code.startsWith("Neo.TransientError.Database")) {
    return new GraphError("unavailable", "the graph database is unreachable", { cause: error });
  }
  if (TOO_EXPENSIVE.test(error.code)) return new GraphError("timeout", "the query was stopped: too expensive", { cause: error });
  return error;
}

/** A one-shot read: READ routing, the database named, a server-side timeout, plain JS values out. */
export async function runRead<T>(ctx: ReadContext, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  try {
    const { records } = await ctx.driver.executeQuery(cypher, params, {
      routing: neo4j.routing.READ,
      database: ctx.database,
      transactionConfig: { timeout: ctx.timeoutMs },
    });
    return records.map((r) => toNative(r.toObject()) as T);
  } catch (error) {
    throw mapDriverError(error);
  }
}
