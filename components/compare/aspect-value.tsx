import Link from "next/link";
import type { AspectValue } from "@/lib/graph/insights/insight-types";
import { SourcesNote } from "../sources-note";
import { OriginBadge } from "./origin-badge";

function justification(v: AspectValue): string | null {
  if (!v.via || v.via.length === 0) return null;
  const chain = v.via.map((n) => n.name).join(" → ");
  if (v.origin === "inherited") return `via ${chain}`;
  if (v.origin === "aggregated") return `${v.examples ?? 1} example${v.examples === 1 ? "" : "s"}, e.g. ${chain}`;
  return `through ${chain}`;
}

/** One value in a compare cell: the concept, where it comes from, and the articles behind it. */
export function AspectValueItem({ value, shared }: { value: AspectValue; shared: boolean }) {
  const why = justification(value);
  const isNode = value.kind !== undefined && value.id !== value.kind;
  return (
    <li
      data-origin={value.origin}
      className={`rounded-md px-2 py-1 text-sm ${shared ? "bg-slate-100 dark:bg-slate-800" : "bg-white ring-1 ring-amber-300 dark:bg-slate-900 dark:ring-amber-700"}`}
    >
      {isNode ? (
        <Link href={`/?node=${encodeURIComponent(value.id)}`} className="font-medium text-slate-900 underline-offset-2 hover:underline dark:text-slate-100">
          {value.name}
        </Link>
      ) : (
        <span className="font-medium">{value.name}</span>
      )}
      <OriginBadge origin={value.origin} />
      {why && <div className="text-xs text-slate-600 dark:text-slate-400">{why}</div>}
      <SourcesNote sources={value.sources} />
    </li>
  );
}
