import type { AspectValue } from "@/lib/graph/insights/insight-types";

const STYLE: Record<AspectValue["origin"], { label: string; className: string; hint: string }> = {
  direct: { label: "stated", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100", hint: "the articles say it of this concept itself" },
  inherited: { label: "inherited", className: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100", hint: "said of every member of a broader category it belongs to" },
  through: { label: "through", className: "bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100", hint: "holds through what it is built on, or an architecture it uses that is suited as a whole" },
  aggregated: { label: "some members", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100", hint: "said of some of its members, so it holds for some, not all" },
  transitive: { label: "indirect", className: "bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100", hint: "an example through an intermediate category" },
};

/** What each badge means, for the legend under the table. */
export const ORIGIN_LEGEND = (Object.keys(STYLE) as AspectValue["origin"][]).map((origin) => ({ origin, ...STYLE[origin] }));

export function OriginBadge({ origin }: { origin: AspectValue["origin"] }) {
  const s = STYLE[origin];
  return (
    <span title={s.hint} className={`ml-1 rounded px-1 py-0.5 text-[10px] font-medium uppercase tracking-wide ${s.className}`}>
      {s.label}
    </span>
  );
}

/** The badges explained once, so "inherited" and "some members" need no guessing. */
export function OriginLegend() {
  return (
    <dl aria-label="What the badges mean" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {ORIGIN_LEGEND.map((o) => (
        <div key={o.origin} className="flex items-center gap-1">
          <dt>
            <OriginBadge origin={o.origin} />
          </dt>
          <dd>{o.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
