import { describe, expect, it } from "vitest";
import { clientAddress, trustedForwardingHeaders } from "@/lib/api/client-address";
import { RateLimitedError, RateLimiter } from "@/lib/api/rate-limit";

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

  it("without trusted proxies keys clients by the one address Next wrote (the socket's)", () => {
    expect(clientAddress("127.0.0.1", 0)).toBe("127.0.0.1");
    // Only if proxy.ts did not run: still never the client's leftmost claim.
    expect(clientAddress("203.0.113.7, 10.0.0.1", 0)).toBe("10.0.0.1");
    expect(clientAddress(null, 0)).toBe("unknown");
  });

  it("behind N proxies takes the Nth address from the right, whatever the client wrote to its left", () => {
    // The client wrote "1.1.1.1, 2.2.2.2"; proxy 1 appended the client's socket address, proxy 2 appended proxy 1's.
    const header = "1.1.1.1, 2.2.2.2, 198.51.100.2, 10.0.0.1";
    expect(clientAddress(header, 2)).toBe("198.51.100.2");
    expect(clientAddress(header, 1)).toBe("10.0.0.1");
    expect(clientAddress(" 198.51.100.2 ", 1)).toBe("198.51.100.2");
    // Fewer addresses than proxies: the leftmost one recorded.
    expect(clientAddress("198.51.100.2", 3)).toBe("198.51.100.2");
  });

  it("drops a client's X-Forwarded-For for Next to refill, unless proxies are trusted", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7", accept: "application/json" });
    const passed = trustedForwardingHeaders(headers, 0);
    expect(passed?.has("x-forwarded-for")).toBe(false);
    expect(passed?.get("accept")).toBe("application/json");
    expect(trustedForwardingHeaders(headers, 1)).toBeNull();
  });
});
