"use client";

import { useEffect, useRef } from "react";
import type { GraphRelationship, NodeDetails, NodeRef } from "@/lib/graph/types";
import type { Selection } from "@/lib/ui/view-state";
import type { LoadState } from "@/lib/ui/load-state";
import { EdgeDetailsView } from "./edge-details";
import { NodeDetailsView } from "./node-details";

interface Props {
  selection: Selection;
  details: LoadState<NodeDetails>;
  nodeOf: (id: string) => NodeRef | undefined;
  relationshipOf: (id: string) => GraphRelationship | undefined;
  counts: { nodes: number; relationships: number } | null;
  focus: string[];
  onSelectNode: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

function Intro({ counts }: { counts: Props["counts"] }) {
  return (
    <div className="space-y-3 text-sm text-slate-600 dark:text-slate-300">
      <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-100">Explore how AI concepts relate</h2>
      {counts && (
        <p>
          {counts.nodes} concepts and {counts.relationships} relationships, each backed by the articles it comes from.
        </p>
      )}
      <ul className="list-disc space-y-1.5 pl-5">
        <li>Click a concept or a relationship to read about it here.</li>
        <li>Double-click a concept to show only it and its neighbours; double-click a neighbour to expand further.</li>
        <li>
          Search, or type a path such as <kbd className="rounded bg-slate-100 px-1 dark:bg-slate-800">LLM → Generative AI</kbd>.
        </li>
        <li>Click the legend to hide or show kinds and relationship types.</li>
        <li>
          <kbd className="rounded bg-slate-100 px-1 dark:bg-slate-800">/</kbd> search ·{" "}
          <kbd className="rounded bg-slate-100 px-1 dark:bg-slate-800">Ctrl Z</kbd> undo ·{" "}
          <kbd className="rounded bg-slate-100 px-1 dark:bg-slate-800">Shift Ctrl Z</kbd> redo
        </li>
      </ul>
    </div>
  );
}

/**
 * The text twin of the diagram, usable without the canvas: a named region whose heading is the selected concept.
 * Selecting a neighbour from here moves focus to the new heading, so keyboard and screen-reader users keep their place.
 */
export function DetailsPanel({ selection, details, nodeOf, relationshipOf, counts, focus, onSelectNode, onToggleExpand }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const selectFromPanel = (id: string) => {
    focusHeading.current = true;
    onSelectNode(id);
  };

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [selection]);

  return (
    <section id="details" tabIndex={-1} role="region" aria-label="Details" className="p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-accent">
      {!selection && <Intro counts={counts} />}
      {selection?.kind === "node" && (
        <NodeDetailsView
          id={selection.id}
          known={nodeOf(selection.id)}
          state={details}
          expanded={focus.includes(selection.id)}
          headingRef={headingRef}
          onSelectNode={selectFromPanel}
          onToggleExpand={onToggleExpand}
        />
      )}
      {selection?.kind === "edge" && (
        <EdgeDetailsView
          id={selection.id}
          relationship={relationshipOf(selection.id)}
          nodeOf={nodeOf}
          headingRef={headingRef}
          onSelectNode={selectFromPanel}
        />
      )}
    </section>
  );
}
