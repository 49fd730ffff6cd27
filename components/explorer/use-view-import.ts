"use client";

import { useCallback, useState } from "react";
import type { GraphRelationship, NodeRef } from "@/lib/graph/types";
import type { LayoutView, PackedPositions, PositionedGraphView } from "@/lib/layout/types";
import type { ViewState } from "@/lib/ui/view-state";

export interface ImportMessage {
  kind: "error" | "partial" | "done";
  text: string;
}

interface Target {
  graph: PositionedGraphView | null;
  apply: (view: ViewState) => void;
  merge: (nodes: NodeRef[], relationships: GraphRelationship[]) => void;
  replacePositions: (layout: LayoutView, positions: PackedPositions) => void;
}

/** Import is rarely used: the schema and its checks are loaded on the first file, not with the page. */
const loadViewFile = () => import("@/lib/ui/view-file");

/**
 * Import JSON: a file made by Export JSON puts back its view (filters, focus, selection, path, layout) and positions.
 * A malformed file changes nothing; one from another graph version applies what still exists and names the rest.
 */
export function useViewImport({ graph, apply, merge, replacePositions }: Target) {
  const [message, setMessage] = useState<ImportMessage | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      const { parseViewFile, planImport, missingMessage } = await loadViewFile();
      const parsed = parseViewFile(await file.text());
      if (!parsed.ok) return setMessage({ kind: "error", text: parsed.message });
      if (!graph) return setMessage({ kind: "error", text: "The graph has not loaded yet. Nothing was changed." });
      const nodeIds = new Set(graph.nodes.map((n) => n.id));
      const relationshipIds = new Set(graph.relationships.map((r) => r.id));
      // Same version: everything in the file exists, also what an overview has not loaded yet.
      const sameVersion = parsed.file.graphVersion !== null && parsed.file.graphVersion === graph.layout?.version;
      const plan = planImport(parsed.file, {
        node: (id) => sameVersion || nodeIds.has(id),
        relationship: (id) => sameVersion || relationshipIds.has(id),
      });
      merge(plan.nodes, plan.relationships);
      // A focused view's positions are computed for its focus; only the whole graph's are the reader's to keep.
      if (plan.view.focus.length === 0) replacePositions(plan.view.layout, plan.positions);
      apply(plan.view);
      const missing = missingMessage(plan);
      setMessage(missing ? { kind: "partial", text: missing } : { kind: "done", text: `Imported the view of ${file.name}.` });
    },
    [graph, apply, merge, replacePositions],
  );

  const dismiss = useCallback(() => setMessage(null), []);
  return { importFile, message, dismiss };
}
