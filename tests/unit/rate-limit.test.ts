import { describe, expect, it } from "vitest";
import { clientKey, RateLimitedError, RateLimiter } from "@/lib/api/rate-limit";

describe("rate limiter", () => {
  it("allows the budget, then refuses with the wait until the next token", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    for (let i = 0; i < 3; i++) limiter.take("a");
    expect(() => limiter.take("a")).toThrow(RateLimitedError);
    try {
      limiter.take("a");
    } catch (e) {
      expect((e as RateLimitedError).retryAfterSeconds).toBe(20);
    }
    limiter.take("b");
    now += 20_000;
    limiter.take("a");
    expect(() => limiter.take("a")).toThrow(RateLimitedError);
  });

  it("is off at zero", () => {
    const limiter = new RateLimiter(0);
    expect(() => {
      for (let i = 0; i < 1000; i++) limiter.take("a");
    }).not.toThrow();
  });

  it("keys clients by the first forwarded address", () => {
    const req = (headers: Record<string, string>) => new Request("http://x/", { headers });
    expect(clientKey(req({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKey(req({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientKey(req({}))).toBe("local");
  });
});
