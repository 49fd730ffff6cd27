import { env } from "../env";

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

/** The first address a proxy recorded, else one shared key for direct local clients. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "local";
}

const globalForLimiter = globalThis as unknown as { pathLimiter?: RateLimiter };

/** Path-finding (and compare, which runs one) is the expensive work one client could hog. */
export function limitPathQueries(request: Request): void {
  globalForLimiter.pathLimiter ??= new RateLimiter(env().PATH_RATE_LIMIT_PER_MIN);
  globalForLimiter.pathLimiter.take(clientKey(request));
}
