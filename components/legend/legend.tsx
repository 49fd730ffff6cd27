"use client";

import { useMemo } from "react";
import { KINDS, REL_TYPES, type Kind, type RelType } from "@/lib/graph/schema";
import type { GraphView } from "@/lib/graph/types";
import { relPhrase } from "@/lib/graph/phrases";
import { EdgeSwatch, KindIcon } from "./swatches";

interface Props {
  graph: GraphView | null;
  hideKinds: Kind[];
  hideTypes: RelType[];
  onToggleKind: (kind: Kind) => void;
  onToggleType: (type: RelType) => void;
  onShowAll: () => void;
}

function count<T extends string>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const entryClass =
  "group flex w-full items-center gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-500 aria-[pressed=false]:opacity-45 dark:hover:bg-slate-800";

/** Kinds and relationship types with their counts; each entry is a toggle that shows or hides its elements. */
export function Legend({ graph, hideKinds, hideTypes, onToggleKind, onToggleType, onShowAll }: Props) {
  const kindCounts = useMemo(() => count(graph?.nodes.map((n) => n.kind) ?? []), [graph]);
  const typeCounts = useMemo(() => count(graph?.relationships.map((r) => r.type) ?? []), [graph]);
  const anyHidden = hideKinds.length + hideTypes.length > 0;

  return (
    <section aria-labelledby="legend-heading" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="legend-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Legend · click to filter
        </h2>
        {anyHidden && (
          <button type="button" onClick={onShowAll} className="text-xs font-medium text-blue-600 hover:underline dark:text-blue-400">
            Show all
          </button>
        )}
      </div>
      <div>
        <h3 className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">Kinds</h3>
        <ul className="grid grid-cols-1 gap-0.5">
          {KINDS.map((kind) => {
            const shown = !hideKinds.includes(kind);
            return (
              <li key={kind}>
                <button
                  type="button"
                  aria-pressed={shown}
                  title={`${shown ? "Hide" : "Show"} ${kind} nodes`}
                  onClick={() => onToggleKind(kind)}
                  className={entryClass}
                >
                  <KindIcon kind={kind} size={15} />
                  <span className="flex-1 group-aria-[pressed=false]:line-through">{kind}</span>
                  <span className="tabular-nums text-xs text-slate-500 dark:text-slate-400">
                    {kindCounts.get(kind) ?? 0}
                    <span className="sr-only"> nodes</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h3 className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">Relationships</h3>
        <ul className="grid grid-cols-1 gap-0.5">
          {REL_TYPES.map((type) => {
            const shown = !hideTypes.includes(type);
            return (
              <li key={type}>
                <button
                  type="button"
                  aria-pressed={shown}
                  title={`${shown ? "Hide" : "Show"} ${type} relationships (${relPhrase(type, "out")})`}
                  onClick={() => onToggleType(type)}
                  className={entryClass}
                >
                  <EdgeSwatch type={type} />
                  <span className="flex-1 truncate group-aria-[pressed=false]:line-through">{relPhrase(type, "out")}</span>
                  <span className="tabular-nums text-xs text-slate-500 dark:text-slate-400">
                    {typeCounts.get(type) ?? 0}
                    <span className="sr-only"> relationships</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
