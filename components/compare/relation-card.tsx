import type { CompareResult } from "@/lib/graph/insights/insight-types";
import { pathSentence, REL_PHRASES } from "@/lib/graph/phrases";
import { explorerUrl } from "@/lib/ui/url-state";
import { SourcesNote } from "../sources-note";
import { TextLink } from "../ui/text-link";

/** How the two concepts relate: the statement, and the direct links or the shortest path behind it. */
export function RelationCard({ result }: { result: CompareResult }) {
  const { a, b, relation, commonAncestors } = result;
  const name = (id: string) => (id === a.id ? a.name : b.name);
  return (
    <section aria-label="How they relate" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <p data-testid="relation-statement" className="text-lg font-semibold">
        {relation.statement}
      </p>
      {relation.direct.length > 0 && (
        <ul className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {relation.direct.map((r) => (
            <li key={r.id}>
              {name(r.source)} <strong>{REL_PHRASES[r.type].out}</strong> {name(r.target)}
              <SourcesNote sources={r.sources} />
            </li>
          ))}
        </ul>
      )}
      {relation.path && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Connection: {pathSentence(relation.path)}.{" "}
          <TextLink href={explorerUrl({ path: { from: a.id, to: b.id } })}>Show in the explorer</TextLink>
        </p>
      )}
      {!relation.path && relation.direct.length === 0 && <p className="mt-2 text-sm">No connection within six hops.</p>}
      {commonAncestors.length > 0 && (
        <p className="mt-2 text-sm">
          Lowest common category:{" "}
          {commonAncestors.map((n, i) => (
            <span key={n.id}>
              {i > 0 && ", "}
              <TextLink className="font-medium" href={explorerUrl({ node: n.id })}>
                {n.name}
              </TextLink>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
