import type { Metadata } from "next";
import Link from "next/link";
import { contestedClaims } from "@/lib/graph/insights/contested";
import { getStore } from "@/lib/graph/store";
import { explorerUrl } from "@/lib/ui/url-state";

export const metadata: Metadata = { title: "Where the sources disagree · AI Concepts Explorer" };
// Read from the store at request time, so the page shows the graph the server runs on.
export const dynamic = "force-dynamic";

const dated = (s: { title: string; published?: string }) => `${s.title}${s.published ? ` (as of ${s.published})` : ""}`;

export default async function ContestedPage() {
  const { claims, truncated } = await contestedClaims(getStore());
  return (
    <main className="mx-auto max-w-4xl space-y-4 p-4">
      <h1 className="text-xl font-semibold">Where the sources disagree</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The graph keeps every claim an article makes. Where another article says otherwise, the claim stays, both sides are recorded, and every answer built on
        it says that sources disagree. {claims.length} claim{claims.length === 1 ? " is" : "s are"} disputed.
      </p>
      {truncated && <p role="status">The graph is larger than one read; claims among the nodes left out are not listed.</p>}
      <ul className="space-y-3" aria-label="Disputed claims" data-testid="contested-claims">
        {claims.map((c) => (
          <li key={c.id} data-claim={c.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
            <p className="font-medium">
              <Link href={explorerUrl({ node: c.subject.id })} prefetch={false} className="text-link underline">
                {c.subject.name}
              </Link>{" "}
              {c.phrase}{" "}
              <Link href={explorerUrl({ node: c.object.id })} prefetch={false} className="text-link underline">
                {c.object.name}
              </Link>
            </p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Stated by: {c.sources.map(dated).join("; ")}</p>
            <ul className="mt-1 space-y-0.5 text-xs" aria-label="Disputed by">
              {c.disputedBy.map((d) => (
                <li key={d.source.id}>
                  <span className="font-medium text-violet-800 dark:text-violet-200">Disputed by {dated(d.source)}:</span> {d.note}
                </li>
              ))}
            </ul>
            {c.note && <p className="mt-1 text-xs italic text-slate-600 dark:text-slate-300">Note: {c.note}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}
