import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/ui/api-client";
import { toLoadState } from "@/lib/ui/load-state";

const idle = "idle" as const;

describe("load state of a query", () => {
  it("is ready with data, even while a refetch runs", () => {
    expect(toLoadState({ data: [1], error: null, fetchStatus: "fetching" })).toEqual({ status: "ready", data: [1] });
  });

  it("is loading with no data yet, and while a failed call is tried again", () => {
    expect(toLoadState({ data: undefined, error: null, fetchStatus: "fetching" })).toEqual({ status: "loading" });
    expect(toLoadState({ data: undefined, error: new ApiError(503, "unavailable", "down"), fetchStatus: "fetching" })).toEqual({ status: "loading" });
  });

  it("is unavailable for a 503 or an unreachable server: the banner speaks for it", () => {
    expect(toLoadState({ data: undefined, error: new ApiError(503, "unavailable", "down"), fetchStatus: idle })).toEqual({ status: "unavailable" });
    expect(toLoadState({ data: undefined, error: new ApiError(0, "network", "unreachable"), fetchStatus: idle })).toEqual({ status: "unavailable" });
  });

  it("is an error with the API's message otherwise, and words a non-API failure the same way", () => {
    const refused = new ApiError(400, "bad_request", "pick two different concepts");
    expect(toLoadState({ data: undefined, error: refused, fetchStatus: idle })).toEqual({ status: "error", error: refused });
    const state = toLoadState({ data: undefined, error: new SyntaxError("bad json"), fetchStatus: idle });
    expect(state.status === "error" && [state.error.status, state.error.message]).toEqual([500, "SyntaxError: bad json"]);
  });
});
