import type { SourceRef } from "@/lib/graph/types";

/** The articles behind a statement, folded to a count so long titles don't drown the content. */
export function SourcesNote({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return null;
  const articles = new Set(sources.map((s) => s.id)).size;
  return (
    <details className="text-[11px] text-slate-600 dark:text-slate-400">
      <summary className="cursor-pointer select-none">
        {articles} source{articles === 1 ? "" : "s"}
      </summary>
      <ul className="ml-3 list-disc">
        {sources.map((s) => (
          <li key={`${s.id}|${s.section ?? ""}`}>
            {s.title}
            {s.published ? ` (as of ${s.published})` : ""}
            {s.section ? ` — ${s.section}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}
