"use client";

import { MAX_HOPS } from "@/lib/graph/limits";
import { REL_TYPES, type RelType } from "@/lib/graph/schema";
import { relPhrase } from "@/lib/graph/phrases";
import type { PathMode } from "@/lib/ui/view-state";
import { EdgeSwatch } from "../legend/swatches";

export interface PathOptionValues {
  /** The relationship types a path may use (all of them means no restriction). */
  included: RelType[];
  directed: boolean;
  maxHops: number;
  mode: PathMode;
}

const checkboxClass = "size-3.5 rounded border-slate-300 accent-accent dark:border-slate-600";

/** The path query's options, folded away with a one-line summary of what is set. */
export function PathOptions({ options, onChange }: { options: PathOptionValues; onChange: (patch: Partial<PathOptionValues>) => void }) {
  return (
    <details className="group rounded-md border border-slate-200 text-sm dark:border-slate-700">
      <summary className="cursor-pointer select-none px-2 py-1.5 text-xs font-medium text-slate-600 dark:text-slate-300">
        Options
        <span className="font-normal text-slate-500 dark:text-slate-400">
          {" "}
          · {options.mode === "all" ? "all paths" : "shortest"} · ≤ {options.maxHops} hops
          {options.directed ? " · directed" : ""}
          {options.included.length < REL_TYPES.length ? ` · ${options.included.length} types` : ""}
        </span>
      </summary>
      <div className="space-y-3 border-t border-slate-200 px-2 py-2 dark:border-slate-700">
        <fieldset>
          <legend className="mb-1 flex w-full items-center justify-between text-xs font-medium text-slate-600 dark:text-slate-300">
            Relationship types
            <span className="space-x-2 font-normal">
              <button type="button" className="text-link hover:underline" onClick={() => onChange({ included: [...REL_TYPES] })}>
                all
              </button>
              <button type="button" className="text-link hover:underline" onClick={() => onChange({ included: [] })}>
                none
              </button>
            </span>
          </legend>
          {REL_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 py-0.5 text-xs">
              <input
                type="checkbox"
                className={checkboxClass}
                checked={options.included.includes(type)}
                onChange={(e) =>
                  onChange({ included: e.target.checked ? [...options.included, type] : options.included.filter((t) => t !== type) })
                }
              />
              <EdgeSwatch type={type} />
              <span>{relPhrase(type, "out")}</span>
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-xs">
          <input type="checkbox" className={checkboxClass} checked={options.directed} onChange={(e) => onChange({ directed: e.target.checked })} />
          Follow arrow direction only (directed)
        </label>
        <label className="flex items-center justify-between gap-2 text-xs">
          Max hops
          <input
            type="number"
            min={1}
            max={MAX_HOPS}
            value={options.maxHops}
            onChange={(e) => onChange({ maxHops: Math.min(MAX_HOPS, Math.max(1, Number(e.target.value) || 1)) })}
            className="w-16 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-right dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <fieldset className="flex items-center gap-3 text-xs">
          <legend className="sr-only">Which paths</legend>
          {(["shortest", "all"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-1.5">
              <input type="radio" name="path-mode" className="accent-accent" checked={options.mode === mode} onChange={() => onChange({ mode })} />
              {mode === "shortest" ? "Shortest paths" : "All paths"}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
