import type { RecommendResult, Tier } from "@/lib/graph/insights/insight-types";
import { namesList } from "@/lib/graph/insights/wording";
import { explorerUrl } from "@/lib/ui/url-state";
import { SourcesNote } from "../sources-note";
import { TextLink } from "../ui/text-link";

const TIER_LABEL: Record<Tier, string> = { 1: "named for it", 2: "its category", 3: "its architecture" };
const card = "rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900";

/** Models and products first, each with why; the kinds of AI suited for the task are the reasons, listed after. */
export function RecommendResultView({ result }: { result: RecommendResult }) {
  const { task, outputs, recommendations, kinds, excluded } = result;
  return (
    <>
      {outputs.length > 0 && (
        <p data-testid="task-outputs" className="text-sm text-slate-700 dark:text-slate-300">
          {task.name} produces {namesList(outputs.map((o) => o.name))}: everything listed generates it.
        </p>
      )}
      {recommendations.length === 0 && <p>No model or product in the graph is linked to {task.name} yet.</p>}
      {recommendations.length > 0 && (
        <ol aria-label="Recommendations" className="flex flex-col gap-2">
          {recommendations.map((r, i) => (
            <li key={r.node.id} data-node-id={r.node.id} data-tier={r.tier} className={card}>
              <div className="flex flex-wrap items-baseline gap-2">
                <span className="w-6 text-right font-mono text-sm text-slate-600 dark:text-slate-400">{i + 1}.</span>
                <TextLink href={explorerUrl({ node: r.node.id })} className="font-semibold">
                  {r.node.name}
                </TextLink>
                <span className="text-xs text-slate-600 dark:text-slate-400">{r.node.kind}</span>
                <span className="ml-auto rounded bg-slate-100 px-1.5 py-0.5 text-[11px] dark:bg-slate-800">
                  {TIER_LABEL[r.tier]}
                  {r.through ? `: ${r.through.name}` : ""}
                </span>
              </div>
              <p className="ml-8 text-sm">{r.reason}</p>
              <div className="ml-8">
                <SourcesNote sources={r.sources} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {kinds.length > 0 && (
        <section aria-labelledby="kinds-heading" className="flex flex-col gap-2">
          <h2 id="kinds-heading" className="text-lg font-semibold">
            Kinds of AI suited for {task.name}
          </h2>
          <ul aria-label="Kinds suited" className="flex flex-col gap-2">
            {kinds.map((k) => (
              <li key={k.node.id} data-node-id={k.node.id} data-scope={k.scope} className={card}>
                <TextLink href={explorerUrl({ node: k.node.id })} className="font-semibold">
                  {k.node.name}
                </TextLink>{" "}
                <span className="text-xs text-slate-600 dark:text-slate-400">{k.node.kind}</span>
                <p className="text-sm">{k.reason}</p>
                <SourcesNote sources={k.sources} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {excluded.length > 0 && (
        <details className="text-sm text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer">
            {excluded.length} left out: they do not generate what {task.name} produces
          </summary>
          <ul className="ml-4 list-disc">
            {excluded.map((x) => (
              <li key={x.node.id}>{x.reason}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
