import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { GraphError } from "../errors";
import type { OutageBreaker } from "./outage-breaker";
import { toNative } from "./to-native";

export interface ReadContext {
  driver: Driver;
  database: string;
  timeoutMs: number;
  /** Shared by all reads of one store; without it every read tries the database. */
  breaker?: OutageBreaker;
}

/** The database (or the way to it) is gone: worth failing fast until it is back. */
const UNREACHABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);
const TOO_EXPENSIVE = /TransactionTimedOut|MemoryPoolOutOfMemoryError|TransactionMemoryLimit|Transaction.*Terminated/;
/** The driver's own words when the server, or its own pool, has no room left for a new request: busy, not broken. */
const BUSY = /no threads available|no available threads|connection acquisition timed out/i;

function unavailable(cause: unknown): GraphError {
  return new GraphError("unavailable", "the graph database is unreachable", { cause });
}

/**
 * Maps driver failures onto the store's error codes; the original stays as the cause, for the log. Anything transient
 * (busy server, leader switch, no free Bolt thread) is "unavailable", a 503 worth retrying, never a 500.
 */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TOO_EXPENSIVE.test(error.code)) return new GraphError("timeout", "the query was stopped: too expensive", { cause: error });
  if (UNREACHABLE.has(error.code) || error.code.startsWith("Neo.TransientError.") || BUSY.test(error.message)) return unavailable(error);
  return error;
}

const reads = { inFlight: 0, peak: 0 };

/** Reads running now and the most at once since the last call: a leak or a stuck pool shows as a count that stays up. */
export function readStats(): { inFlight: number; peak: number } {
  const stats = { ...reads };
  reads.peak = reads.inFlight;
  return stats;
}

/** A one-shot read: READ routing, the database named, a server-side timeout, plain JS values out. */
export async function runRead<T>(ctx: ReadContext, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  if (ctx.breaker?.isOpen()) throw unavailable(new Error("failing fast: the database was unreachable moments ago"));
  reads.inFlight++;
  reads.peak = Math.max(reads.peak, reads.inFlight);
  try {
    const { records } = await ctx.driver.executeQuery(cypher, params, {
      routing: neo4j.routing.READ,
      database: ctx.database,
      transactionConfig: { timeout: ctx.timeoutMs },
    });
    return records.map((r) => toNative(r.toObject()) as T);
  } catch (error) {
    if (error instanceof Neo4jError && UNREACHABLE.has(error.code)) ctx.breaker?.trip();
    throw mapDriverError(error);
  } finally {
    reads.inFlight--;
  }
}
