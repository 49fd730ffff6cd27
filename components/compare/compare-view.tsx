"use client";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { queries } from "@/lib/ui/queries";
import { compareUrl } from "@/lib/ui/url-state";
import { useApi } from "../shell/use-api";
import { Button } from "../ui/button";
import { LoadMessage } from "../ui/load-message";
import { AspectTable } from "./aspect-table";
import { ConceptPicker } from "./concept-picker";
import { OriginLegend } from "./origin-badge";
import { RelationCard } from "./relation-card";

/** Cytoscape needs `window`, and only a comparison with a result draws the diagram. */
const MiniDiagram = dynamic(() => import("./mini-diagram").then((m) => m.MiniDiagram), { ssr: false });

export function CompareView({ a, b }: { a: string; b: string }) {
  const router = useRouter();
  const result = useApi(a && b ? queries.compare(a, b) : null);
  const go = (nextA: string, nextB: string) => router.push(compareUrl(nextA, nextB));
  // With one concept chosen there is no comparison yet, but its field still shows its name, not its id.
  const single = useApi(a && !b ? queries.node(a) : null);
  const names =
    result.status === "ready"
      ? { a: result.data.a.name, b: result.data.b.name }
      : { a: single.status === "ready" ? single.data.node.name : a, b };

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end gap-4">
        <h1 className="mr-auto text-2xl font-bold">Compare concepts</h1>
        <ConceptPicker label="Concept A" value={names.a} onPick={(id) => go(id, b)} />
        <Button onClick={() => go(b, a)} disabled={!a || !b}>
          ⇄ Swap
        </Button>
        <ConceptPicker label="Concept B" value={names.b} onPick={(id) => go(a, id)} />
      </header>

      <LoadMessage state={result} loading="Comparing…" idle="Pick two concepts to compare them." />
      {result.status === "ready" && (
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
