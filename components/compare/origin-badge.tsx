import type { AspectValue } from "@/lib/graph/insights/insight-types";

const STYLE: Record<AspectValue["origin"], { label: string; className: string; hint: string }> = {
  direct: { label: "direct", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100", hint: "stated for this concept itself" },
  inherited: { label: "inherited", className: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100", hint: "holds for a broader category it belongs to" },
  aggregated: { label: "from examples", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100", hint: "holds for some of its examples" },
  transitive: { label: "indirect", className: "bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100", hint: "an example through an intermediate category" },
};

export function OriginBadge({ origin }: { origin: AspectValue["origin"] }) {
  const s = STYLE[origin];
  return (
    <span title={s.hint} className={`ml-1 rounded px-1 py-0.5 text-[10px] font-medium uppercase tracking-wide ${s.className}`}>
      {s.label}
    </span>
  );
}
