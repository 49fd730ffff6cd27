"use client";

import type { RefObject } from "react";
import type { GraphRelationship, NodeRef } from "@/lib/graph/types";
import { relPhrase } from "@/lib/graph/phrases";
import { EdgeSwatch, KindIcon } from "../legend/swatches";

interface Props {
  id: string;
  relationship: GraphRelationship | undefined;
  nodeOf: (id: string) => NodeRef | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSelectNode: (id: string) => void;
}

function NodeLink({ node, onSelect }: { node: NodeRef; onSelect: (id: string) => void }) {
  return (
    <button
      type="button"
      onClick={() => onSelect(node.id)}
      className="inline-flex items-center gap-1.5 rounded px-1 py-0.5 text-left font-medium text-link hover:bg-slate-100 dark:hover:bg-slate-800"
    >
      <KindIcon kind={node.kind} />
      {node.name}
    </button>
  );
}

/** A relationship as one sentence (from, type phrase, to) with the articles behind it. */
export function EdgeDetailsView({ id, relationship, nodeOf, headingRef, onSelectNode }: Props) {
  const from = relationship && nodeOf(relationship.source);
  const to = relationship && nodeOf(relationship.target);
  if (!relationship || !from || !to) {
    return (
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        The relationship “{id}” is not in the graph.
      </h2>
    );
  }
  const phrase = relPhrase(relationship.type, "out");
  return (
    <article className="space-y-4">
      <header className="space-y-1.5">
        <p className="flex items-center gap-2 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
          <EdgeSwatch type={relationship.type} /> Relationship · <span className="font-mono normal-case">{relationship.type}</span>
        </p>
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-tight focus:outline-none">
          {from.name} {phrase} {to.name}
        </h2>
      </header>
      <div className="space-y-1 text-sm">
        <NodeLink node={from} onSelect={onSelectNode} />
        <p className="pl-7 text-slate-500 dark:text-slate-400">
          <span aria-hidden="true">↓ </span>
          {phrase}
        </p>
        <NodeLink node={to} onSelect={onSelectNode} />
      </div>
      {relationship.note && <p className="text-sm italic text-slate-600 dark:text-slate-300">Note: {relationship.note}</p>}
      <section aria-labelledby="edge-sources-heading">
        <h3 id="edge-sources-heading" className="mb-1 text-sm font-semibold">
          Sources
        </h3>
        {relationship.sources.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {relationship.sources.map((s) => (
              <li key={`${s.id}-${s.section ?? ""}`}>
                <cite className="not-italic">{s.title}</cite>
                {s.section && <span className="text-slate-500 dark:text-slate-400"> § {s.section}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">Select either end to see the sources of its relationships.</p>
        )}
      </section>
    </article>
  );
}
