import type { LoadState } from "@/lib/ui/load-state";
import { Alert } from "./alert";

interface Props {
  state: LoadState<unknown>;
  /** What is under way, e.g. "Comparing…". */
  loading: string;
  idle?: string;
}

const muted = "text-slate-600 dark:text-slate-400";

/** A page's words for every state but "ready": the outage itself is told by the banner, so here it is only a wait. */
export function LoadMessage({ state, loading, idle }: Props) {
  switch (state.status) {
    case "idle":
      return idle ? <p className={muted}>{idle}</p> : null;
    case "loading":
      return (
        <p role="status" className={`animate-pulse ${muted}`}>
          {loading}
        </p>
      );
    case "unavailable":
      return (
        <p role="status" className={muted}>
          Waiting for the graph database…
        </p>
      );
    case "error":
      return <Alert tone="danger">{state.error.message}</Alert>;
    case "ready":
      return null;
  }
}
