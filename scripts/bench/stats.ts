// Latency summaries shared by the HTTP and the direct-driver load loops.

export interface LoadStats {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Completed requests per second over the whole run. */
  rps: number;
  /** Connection errors and timeouts (HTTP) or thrown queries (direct). */
  errors: number;
  /** Responses outside 2xx (HTTP only). */
  non2xx: number;
  /** What went wrong, as "count× message", most frequent first (at most five kinds). */
  samples: string[];
}

/** Counts failures by message, so a report can say what went wrong without repeating it. */
export class FailureTally {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([m, n]) => `${n}× ${m}`);
  }
}

export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(latencies: number[], seconds: number, errors: number, non2xx: number, samples: string[]): LoadStats {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : NaN,
    rps: latencies.length / seconds,
    errors,
    non2xx,
    samples,
  };
}
