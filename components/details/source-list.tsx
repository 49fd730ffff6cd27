import type { Dispute, SourceRef } from "@/lib/graph/types";
import { DisputedMark } from "../disputed-mark";

/** Numbers the distinct articles behind a list of relationships, in order of first citation. */
export function numberSources(lists: SourceRef[][]): { numbers: Map<string, number>; articles: SourceRef[] } {
  const numbers = new Map<string, number>();
  const articles: SourceRef[] = [];
  for (const source of lists.flat()) {
    if (numbers.has(source.id)) continue;
    numbers.set(source.id, articles.length + 1);
    articles.push({ id: source.id, title: source.title, ...(source.published ? { published: source.published } : {}) });
  }
  return { numbers, articles };
}

/**
 * A relationship's sources as footnote markers with their sections: article titles are long and repeat on every row,
 * so they are listed once (see SourceFootnotes) while screen readers still hear each title in place.
 */
export function SourceList({
  sources,
  note,
  numbers,
  disputedBy,
  forecast,
}: {
  sources: SourceRef[];
  note?: string;
  numbers: Map<string, number>;
  disputedBy?: Dispute[];
  forecast?: boolean;
}) {
  if (sources.length === 0 && !note && !disputedBy && !forecast) return null;
  return (
    <div className="mt-0.5 space-y-0.5 pl-6 text-xs text-slate-500 dark:text-slate-400">
      {sources.length > 0 && (
        <p>
          <span className="sr-only">Sources: </span>
          {sources.map((s, i) => (
            <span key={`${s.id}-${s.section ?? ""}`}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <span aria-hidden="true" className="font-medium text-slate-600 dark:text-slate-300" title={s.title}>
                [{numbers.get(s.id)}]
              </span>
              <cite className="sr-only">{s.title}</cite>
              {s.section && <span> {s.section}</span>}
              <span className="sr-only">;</span>
            </span>
          ))}
        </p>
      )}
      {forecast && (
        <p data-forecast="true" className="font-medium text-amber-800 dark:text-amber-200">
          A forecast: the articles expect it, it had not happened when they were written.
        </p>
      )}
      {disputedBy && <DisputedMark disputes={disputedBy} />}
      {note && <p className="italic text-slate-600 dark:text-slate-300">Note: {note}</p>}
    </div>
  );
}

export function SourceFootnotes({ articles }: { articles: SourceRef[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="footnotes-heading" className="border-t border-slate-200 pt-3 dark:border-slate-800">
      <h3 id="footnotes-heading" className="mb-1 text-sm font-semibold">
        Source articles
      </h3>
      <ol className="space-y-1 text-xs text-slate-600 dark:text-slate-300">
        {articles.map((a, i) => (
          <li key={a.id} className="flex gap-1.5">
            <span className="font-medium">[{i + 1}]</span>
            <cite className="not-italic">{a.title}</cite>
            {a.published && <span>(as of {a.published})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
