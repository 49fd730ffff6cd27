"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api, ApiError, retryDelaySeconds } from "@/lib/ui/api-client";

export interface Outage {
  /** True while the API answers 503 (or cannot be reached). */
  down: boolean;
  /** Seconds until the next automatic retry, while down. */
  retryIn: number;
  /** Bumped when the API is back, so that every request that failed runs again. */
  epoch: number;
  report: (error: ApiError) => void;
  retryNow: () => void;
}

/** One outage for the whole page: requests report a 503, and /api/health is polled with backoff until it answers. */
export function useOutage(): Outage {
  const [down, setDown] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [retryAt, setRetryAt] = useState(0);
  const [now, setNow] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const retryAfter = useRef<number | undefined>(undefined);
  const downRef = useRef(false);

  const report = useCallback((error: ApiError) => {
    if (!error.unavailable) return;
    retryAfter.current = error.retryAfterSeconds;
    if (downRef.current) return;
    downRef.current = true;
    setDown(true);
    setAttempt(0);
  }, []);

  const check = useCallback(async () => {
    try {
      await api.health();
      downRef.current = false;
      setDown(false);
      setEpoch((e) => e + 1);
    } catch (error) {
      if (error instanceof ApiError) retryAfter.current = error.retryAfterSeconds;
      setAttempt((a) => a + 1);
    }
  }, []);

  useEffect(() => {
    if (!down) return;
    const delay = retryDelaySeconds(attempt, retryAfter.current) * 1000;
    setRetryAt(Date.now() + delay);
    setNow(Date.now());
    const timer = setTimeout(check, delay);
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearTimeout(timer);
      clearInterval(ticker);
    };
  }, [down, attempt, check]);

  const retryNow = useCallback(() => {
    // Restarting the cycle at attempt 0 cancels the pending timer; the check runs right away.
    setAttempt(0);
    void check();
  }, [check]);

  return { down, retryIn: Math.max(0, Math.ceil((retryAt - now) / 1000)), epoch, report, retryNow };
}
