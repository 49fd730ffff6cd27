import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/ui/api-client";
import { createOutage, retryDelaySeconds } from "@/lib/ui/outage";

const down = (retryAfter?: number) => new ApiError(503, "unavailable", "the graph database is unreachable", retryAfter);

/** An outage on a fake clock, with a health check whose answers the test queues. */
function setup() {
  let now = 1_000_000;
  const timers: { at: number; run: () => void }[] = [];
  const answers: (() => Promise<unknown>)[] = [];
  const check = vi.fn(() => (answers.shift() ?? (() => Promise.reject(down())))());
  const onRecover = vi.fn();
  const outage = createOutage({
    check,
    onRecover,
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
  });
  /** Moves the clock to the next timer and runs it, then lets the check settle. */
  const tick = async () => {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) throw new Error("no timer pending");
    now = next.at;
    next.run();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { outage, check, onRecover, answers, timers, tick, now: () => now };
}

describe("retry delay", () => {
  it("doubles per attempt, never below Retry-After, never above a minute", () => {
    expect([0, 1, 2, 3].map((a) => retryDelaySeconds(a))).toEqual([1, 2, 4, 8]);
    expect(retryDelaySeconds(0, 5)).toBe(5);
    expect(retryDelaySeconds(10)).toBe(60);
  });
});

describe("page-wide outage", () => {
  it("ignores failures that are not an outage", () => {
    const { outage, timers } = setup();
    outage.report(new ApiError(404, "not_found", "no such concept"));
    outage.report(new Error("boom"));
    expect(outage.getState().down).toBe(false);
    expect(timers).toHaveLength(0);
  });

  it("goes down on a 503, checks with backoff, and recovers once health answers", async () => {
    const { outage, check, onRecover, answers, tick, now } = setup();
    const seen: boolean[] = [];
    outage.subscribe(() => seen.push(outage.getState().down));
    outage.report(down(1));
    outage.report(down(1));
    expect(outage.getState()).toEqual({ down: true, retryAt: now() + 1000 });

    await tick();
    expect(check).toHaveBeenCalledTimes(1);
    expect(outage.getState()).toEqual({ down: true, retryAt: now() + 2000 });

    answers.push(() => Promise.resolve({ status: "ok" }));
    await tick();
    expect(check).toHaveBeenCalledTimes(2);
    expect(outage.getState().down).toBe(false);
    expect(onRecover).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toBe(false);
  });

  it("checks at once on Retry now, dropping the pending timer", async () => {
    const { outage, check, onRecover, answers, timers } = setup();
    outage.report(down());
    expect(timers).toHaveLength(1);
    answers.push(() => Promise.resolve({}));
    outage.retryNow();
    expect(timers).toHaveLength(0);
    expect(outage.getState()).toEqual({ down: true, retryAt: 0 });
    await Promise.resolve();
    await Promise.resolve();
    expect(check).toHaveBeenCalledTimes(1);
    expect(onRecover).toHaveBeenCalledTimes(1);
    expect(outage.getState().down).toBe(false);
  });

  it("lets only the latest check settle the outage", async () => {
    const { outage, onRecover, answers } = setup();
    let release: (value: unknown) => void = () => {};
    answers.push(() => new Promise((resolve) => (release = resolve)));
    answers.push(() => Promise.reject(down()));
    outage.report(down());
    outage.retryNow();
    outage.retryNow();
    release({});
    await Promise.resolve();
    await Promise.resolve();
    expect(onRecover).not.toHaveBeenCalled();
    expect(outage.getState().down).toBe(true);
  });
});
