"use client";

import type { GraphView } from "@/lib/graph/types";
import type { ImportMessage } from "../explorer/use-view-import";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** The page opened on an overview of a graph too big to show whole. */
export function TruncatedBanner({ graph, onLoadAll }: { graph: GraphView | null; onLoadAll: () => void }) {
  if (!graph?.truncated) return null;
  return (
    <Alert tone="info" className="pointer-events-auto shadow-sm">
      <span className="flex-1">
        Showing {graph.nodes.length} of {graph.totalNodes} nodes, the best connected. Search or double-click a concept to bring in its
        neighbours, hide kinds in the legend to narrow the view, or load everything.
      </span>
      <Button variant="link" onClick={onLoadAll} className="px-2 py-0.5 text-xs">
        Load all {graph.totalNodes}
      </Button>
    </Alert>
  );
}

const importTone = { error: "danger", partial: "warn", done: "info" } as const;

/** The outcome of Import JSON: a rejected file is an alert, a partly applied or applied one a status. */
export function ImportBanner({ message, onDismiss }: { message: ImportMessage | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <Alert tone={importTone[message.kind]} role={message.kind === "error" ? "alert" : "status"} className="pointer-events-auto shadow-sm">
      <span className="flex-1">{message.text}</span>
      <Button variant="link" onClick={onDismiss} className="px-2 py-0.5 text-xs">
        Dismiss
      </Button>
    </Alert>
  );
}
