"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { CompareResult } from "@/lib/graph/insights/insight-types";
import type { NodeDetails } from "@/lib/graph/types";
import { AspectTable } from "./aspect-table";
import { ConceptPicker } from "./concept-picker";
import { OriginLegend } from "./origin-badge";
import { RelationCard } from "./relation-card";
import { useJson } from "../use-json";

/** Cytoscape needs `window`, and only a comparison with a result draws the diagram. */
const MiniDiagram = dynamic(() => import("./mini-diagram").then((m) => m.MiniDiagram), { ssr: false });

export function CompareView({ a, b }: { a: string; b: string }) {
  const router = useRouter();
  const url = a && b ? `/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` : null;
  const result = useJson<CompareResult>(url);
  const go = (nextA: string, nextB: string) => router.push(`/compare?a=${encodeURIComponent(nextA)}&b=${encodeURIComponent(nextB)}`);
  // With one concept chosen there is no comparison yet, but its field still shows its name, not its id.
  const single = useJson<NodeDetails>(a && !b ? `/api/nodes/${encodeURIComponent(a)}` : null);
  const names =
    result.state === "ready"
      ? { a: result.data.a.name, b: result.data.b.name }
      : { a: single.state === "ready" ? single.data.node.name : a, b };

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end gap-4">
        <div className="mr-auto">
          <Link href="/" className="text-sm text-sky-700 hover:underline dark:text-sky-300">
            ← Explorer
          </Link>
          <h1 className="text-2xl font-bold">Compare concepts</h1>
        </div>
        <ConceptPicker label="Concept A" value={names.a} onPick={(id) => go(id, b)} />
        <button
          type="button"
          onClick={() => go(b, a)}
          disabled={!a || !b}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          ⇄ Swap
        </button>
        <ConceptPicker label="Concept B" value={names.b} onPick={(id) => go(a, id)} />
      </header>

      {result.state === "idle" && <p className="text-slate-600 dark:text-slate-400">Pick two concepts to compare them.</p>}
      {result.state === "loading" && (
        <p role="status" className="animate-pulse text-slate-600 dark:text-slate-400">
          Comparing…
        </p>
      )}
      {result.state === "error" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {result.message}
        </p>
      )}
      {result.state === "ready" && (
        <>
          <div className="grid gap-4 md:grid-cols-[1fr_20rem]">
            <RelationCard result={result.data} />
            <MiniDiagram result={result.data} />
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            {[result.data.a, result.data.b].map((n) => (
              <p key={n.id} className="text-sm text-slate-700 dark:text-slate-300">
                <strong>{n.name}</strong> ({n.kind}): {n.summary}
              </p>
            ))}
          </div>
          <OriginLegend />
          <AspectTable a={result.data.a} b={result.data.b} aspects={result.data.aspects} />
        </>
      )}
    </main>
  );
}
