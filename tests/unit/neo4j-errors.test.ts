import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/errors";
import { OutageBreaker } from "@/lib/graph/neo4j/outage-breaker";
import { mapDriverError, runRead, type ReadContext } from "@/lib/graph/neo4j/run-read";

const newError = (message: string, code: string) => new Neo4jError(message, code, "50N42", "error: general processing exception");
const codeOf = (error: unknown) => (error instanceof GraphError ? error.code : "passed through");

describe("driver errors become store errors", () => {
  it.each([
    ["ServiceUnavailable", "unavailable"],
    ["SessionExpired", "unavailable"],
    ["Neo.TransientError.General.DatabaseUnavailable", "unavailable"],
    ["Neo.TransientError.Request.NoThreadsAvailable", "unavailable"],
    ["Neo.TransientError.Cluster.NotALeader", "unavailable"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timeout"],
    ["Neo.TransientError.Transaction.Terminated", "timeout"],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "timeout"],
    ["Neo.ClientError.Statement.SyntaxError", "passed through"],
  ])("%s → %s", (code, expected) => {
    expect(codeOf(mapDriverError(newError("boom", code)))).toBe(expected);
  });

  it("treats the driver's own 'no threads' protocol error as a busy server, not a bug", () => {
    const error = newError("Server failed: there are no threads available to serve this request", "ProtocolError");
    expect(codeOf(mapDriverError(error))).toBe("unavailable");
  });

  it("treats a full driver pool as a busy server", () => {
    const error = newError("Connection acquisition timed out in 4000 ms. Pool status: Active conn count = 30, Idle conn count = 0.", "N/A");
    expect(codeOf(mapDriverError(error))).toBe("unavailable");
  });

  it("leaves other errors alone", () => {
    const plain = new TypeError("x");
    expect(mapDriverError(plain)).toBe(plain);
  });
});

describe("failing fast during an outage", () => {
  it("stays open for its window after a trip, then closes", () => {
    let now = 1000;
    const breaker = new OutageBreaker(1500, () => now);
    expect(breaker.isOpen()).toBe(false);
    breaker.trip();
    now += 1499;
    expect(breaker.isOpen()).toBe(true);
    now += 1;
    expect(breaker.isOpen()).toBe(false);
  });

  it("does not ask the driver again while open, and asks it once the window has passed", async () => {
    let now = 0;
    let calls = 0;
    let failWith: Error | null = newError("connection refused", "ServiceUnavailable");
    const driver = {
      executeQuery: async () => {
        calls++;
        if (failWith) throw failWith;
        return { records: [] };
      },
    };
    const ctx = { driver, database: "neo4j", timeoutMs: 1000, breaker: new OutageBreaker(1500, () => now) } as unknown as ReadContext;

    await expect(runRead(ctx, "RETURN 1")).rejects.toMatchObject({ code: "unavailable" });
    await expect(runRead(ctx, "RETURN 1")).rejects.toMatchObject({ code: "unavailable" });
    expect(calls).toBe(1);

    failWith = null;
    now = 1500;
    await expect(runRead(ctx, "RETURN 1")).resolves.toEqual([]);
    expect(calls).toBe(2);
  });

  it("is not tripped by a busy server, only by an unreachable one", async () => {
    let calls = 0;
    const driver = {
      executeQuery: async () => {
        calls++;
        throw newError("busy", "Neo.TransientError.Request.NoThreadsAvailable");
      },
    };
    const ctx = { driver, database: "neo4j", timeoutMs: 1000, breaker: new OutageBreaker(1500) } as unknown as ReadContext;
    await expect(runRead(ctx, "RETURN 1")).rejects.toMatchObject({ code: "unavailable" });
    await expect(runRead(ctx, "RETURN 1")).rejects.toMatchObject({ code: "unavailable" });
    expect(calls).toBe(2);
  });
});
