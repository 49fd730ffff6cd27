import { NextResponse } from "next/server";
import { healthMetrics } from "@/lib/api/health-metrics";
import { getOnly, logCause, RETRY_AFTER_SECONDS } from "@/lib/api/respond";
import { env } from "@/lib/env";
import { getStore } from "@/lib/graph/store";
import { warmUpLayout } from "@/lib/layout/server-layout";

export const { GET, POST, PUT, PATCH, DELETE } = getOnly(async () => {
  const backend = env().backend;
  try {
    const store = getStore();
    const counts = await store.counts();
    // Measured before the warm-up below starts its one background read, so the figures describe the requests served.
    const metrics = healthMetrics();
    warmUpLayout(store, counts);
    return { status: "ok", backend, ...counts, ...metrics };
  } catch (error) {
    if (error instanceof Error) logCause(error);
    return NextResponse.json(
      { status: "unavailable", backend, error: `the ${backend} backend is not answering` },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
});
