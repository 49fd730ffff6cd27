import { ApiError } from "./api-client";

export interface OutageState {
  /** True while the API answers 503 (or cannot be reached). */
  down: boolean;
  /** When the next automatic check runs (epoch ms); 0 while a check is under way. */
  retryAt: number;
}

export interface Outage {
  getState: () => OutageState;
  subscribe: (listener: () => void) => () => void;
  /** Any failed call may be passed: only a 503 or an unreachable server starts the outage. */
  report: (error: unknown) => void;
  retryNow: () => void;
}

interface Deps {
  /** Resolves once the API answers again (the health endpoint). */
  check: () => Promise<unknown>;
  /** The API is back: whatever failed meanwhile should run again. */
  onRecover: () => void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Waits before the next check: the server's Retry-After at least, doubling per attempt up to a minute. */
export function retryDelaySeconds(attempt: number, retryAfterSeconds = 1): number {
  return Math.min(60, Math.max(retryAfterSeconds, 2 ** attempt));
}

const UP: OutageState = { down: false, retryAt: 0 };

/** One outage for the whole page: calls report a 503, then the API is checked with backoff until it answers. */
export function createOutage({ check, onRecover, now = Date.now, setTimer = setTimeout, clearTimer = (t) => clearTimeout(t as number) }: Deps): Outage {
  let state = UP;
  let attempt = 0;
  let retryAfter: number | undefined;
  let timer: unknown = null;
  // A check overtaken by "Retry now" must not settle the outage a second time.
  let checkSeq = 0;
  const listeners = new Set<() => void>();

  const set = (next: OutageState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const cancelTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const schedule = () => {
    const delay = retryDelaySeconds(attempt, retryAfter) * 1000;
    timer = setTimer(runCheck, delay);
    set({ down: true, retryAt: now() + delay });
  };
  function runCheck() {
    cancelTimer();
    const seq = ++checkSeq;
    set({ down: true, retryAt: 0 });
    check().then(
      () => {
        if (seq !== checkSeq || !state.down) return;
        set(UP);
        onRecover();
      },
      (error: unknown) => {
        if (seq !== checkSeq || !state.down) return;
        if (error instanceof ApiError) retryAfter = error.retryAfterSeconds;
        attempt += 1;
        schedule();
      },
    );
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: (error) => {
      if (!(error instanceof ApiError) || !error.unavailable) return;
      retryAfter = error.retryAfterSeconds;
      if (state.down) return;
      attempt = 0;
      schedule();
    },
    retryNow: () => {
      if (!state.down) return;
      attempt = 0;
      runCheck();
    },
  };
}
