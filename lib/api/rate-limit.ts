import { env } from "../env";
import { clientAddress } from "./client-address";

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("too many requests");
    this.name = "RateLimitedError";
  }
}

/** A token bucket per client: `perMinute` requests, refilled evenly. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`, or throws RateLimitedError with the wait until the next one. */
  take(key: string): void {
    if (this.perMinute <= 0) return;
    const now = this.now();
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      throw new RateLimitedError(Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.forgetFull(now, ratePerMs);
  }

  /** Buckets that have refilled carry no state worth keeping. */
  private forgetFull(now: number, ratePerMs: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * ratePerMs >= this.perMinute) this.buckets.delete(key);
  }
}

const globalForLimiter = globalThis as unknown as { pathLimiter?: RateLimiter };

/**
 * Path-finding (and compare, which runs one) is the expensive work one client could hog. Counted per process: several
 * app instances each allow the full budget, so such a deployment limits at its proxy or gateway instead. A route that
 * calls this must be in proxy.ts's matcher, which settles the client address (tests/unit/proxy-matcher.test.ts).
 */
export function limitPathQueries(request: Request): void {
  const { PATH_RATE_LIMIT_PER_MIN, TRUST_PROXY } = env();
  globalForLimiter.pathLimiter ??= new RateLimiter(PATH_RATE_LIMIT_PER_MIN);
  globalForLimiter.pathLimiter.take(clientAddress(request.headers.get("x-forwarded-for"), TRUST_PROXY));
}
