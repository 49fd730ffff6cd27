"use client";

import type { GraphView } from "@/lib/graph/types";
import type { Outage } from "../explorer/use-outage";
import type { ImportMessage } from "../explorer/use-view-import";
import { AlertIcon } from "../ui/icons";

const bannerClass = "pointer-events-auto flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm shadow-sm";
const actionClass = "rounded px-2 py-0.5 text-xs font-semibold underline-offset-2 hover:underline";

/** Shown while the API answers 503: the page keeps what it has and retries on its own. */
export function OutageBanner({ outage }: { outage: Outage }) {
  if (!outage.down) return null;
  return (
    <div role="alert" className={`${bannerClass} border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/90 dark:text-amber-100`}>
      <AlertIcon className="shrink-0" />
      <span className="flex-1">
        <strong>The graph database is unreachable.</strong>{" "}
        {outage.retryIn > 0 ? `Retrying automatically in ${outage.retryIn} s…` : "Retrying…"}
      </span>
      <button type="button" onClick={outage.retryNow} className={actionClass}>
        Retry now
      </button>
    </div>
  );
}

/** The page opened on an overview of a graph too big to show whole. */
export function TruncatedBanner({ graph, onLoadAll }: { graph: GraphView | null; onLoadAll: () => void }) {
  if (!graph?.truncated) return null;
  return (
    <div role="status" className={`${bannerClass} border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/90 dark:text-sky-100`}>
      <span className="flex-1">
        Showing {graph.nodes.length} of {graph.totalNodes} nodes, the best connected. Search or double-click a concept to bring in its
        neighbours, hide kinds in the legend to narrow the view, or load everything.
      </span>
      <button type="button" onClick={onLoadAll} className={actionClass}>
        Load all {graph.totalNodes}
      </button>
    </div>
  );
}

const importTone: Record<ImportMessage["kind"], string> = {
  error: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/90 dark:text-rose-100",
  partial: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/90 dark:text-amber-100",
  done: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/90 dark:text-emerald-100",
};

/** The outcome of Import JSON: a rejected file is an alert, a partly applied or applied one a status. */
export function ImportBanner({ message, onDismiss }: { message: ImportMessage | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div role={message.kind === "error" ? "alert" : "status"} className={`${bannerClass} ${importTone[message.kind]}`}>
      <span className="flex-1">{message.text}</span>
      <button type="button" onClick={onDismiss} className={actionClass}>
        Dismiss
      </button>
    </div>
  );
}
