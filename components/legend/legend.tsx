"use client";

import { useMemo, type ReactNode } from "react";
import { KINDS, REL_TYPES, type Kind, type RelType } from "@/lib/graph/schema";
import type { GraphView } from "@/lib/graph/types";
import { relPhrase } from "@/lib/graph/phrases";
import { legendCounts, type LegendCounts } from "@/lib/ui/legend-counts";
import { EdgeSwatch, KindIcon } from "./swatches";

interface Props {
  graph: GraphView | null;
  /** The server's counts of the graph being loaded, shown until it is (and in a page without JavaScript). */
  initialCounts?: LegendCounts | null;
  hideKinds: Kind[];
  hideTypes: RelType[];
  onToggleKind: (kind: Kind) => void;
  onToggleType: (type: RelType) => void;
  onShowAll: () => void;
}


const entryClass =
  "group flex w-full items-center gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent aria-[pressed=false]:opacity-45 dark:hover:bg-slate-800";

/** Kinds and relationship types with their counts; each entry is a toggle that shows or hides its elements. */
export function Legend({ graph, initialCounts, hideKinds, hideTypes, onToggleKind, onToggleType, onShowAll }: Props) {
  const counts = useMemo(() => (graph ? legendCounts(graph) : (initialCounts ?? { kinds: {}, types: {} })), [graph, initialCounts]);
  const anyHidden = hideKinds.length + hideTypes.length > 0;

  return (
    <section aria-labelledby="legend-heading" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="legend-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Legend · click to filter
        </h2>
        {anyHidden && (
          <button type="button" onClick={onShowAll} className="text-xs font-medium text-link hover:underline">
            Show all
          </button>
        )}
      </div>
      <LegendGroup
        heading="Kinds"
        entries={KINDS.map((kind) => ({
          key: kind,
          label: kind,
          title: `${kind} nodes`,
          swatch: <KindIcon kind={kind} size={15} />,
          count: counts.kinds[kind] ?? 0,
          shown: !hideKinds.includes(kind),
          onToggle: () => onToggleKind(kind),
        }))}
        unit="nodes"
      />
      <LegendGroup
        heading="Relationships"
        entries={REL_TYPES.map((type) => ({
          key: type,
          label: relPhrase(type, "out"),
          title: `${type} relationships (${relPhrase(type, "out")})`,
          swatch: <EdgeSwatch type={type} />,
          count: counts.types[type] ?? 0,
          shown: !hideTypes.includes(type),
          onToggle: () => onToggleType(type),
        }))}
        unit="relationships"
      />
    </section>
  );
}

interface LegendEntry {
  key: string;
  label: string;
  /** What the entry filters, after "Hide"/"Show" in its tooltip. */
  title: string;
  swatch: ReactNode;
  count: number;
  shown: boolean;
  onToggle: () => void;
}

/** One list of toggles: a swatch, the name (struck through while hidden) and its count. */
function LegendGroup({ heading, entries, unit }: { heading: string; entries: LegendEntry[]; unit: string }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">{heading}</h3>
      <ul className="grid grid-cols-1 gap-0.5">
        {entries.map((e) => (
          <li key={e.key}>
            <button type="button" aria-pressed={e.shown} title={`${e.shown ? "Hide" : "Show"} ${e.title}`} onClick={e.onToggle} className={entryClass}>
              {e.swatch}
              <span className="flex-1 truncate group-aria-[pressed=false]:line-through">{e.label}</span>
              <span className="tabular-nums text-xs text-slate-500 dark:text-slate-400">
                {e.count}
                <span className="sr-only"> {unit}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
