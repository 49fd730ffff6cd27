"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { RecommendResult } from "@/lib/graph/insights/insight-types";
import type { GraphView } from "@/lib/graph/types";
import { SourcesNote } from "../sources-note";
import { useJson } from "../use-json";

const FEATURED = ["customer-support", "image-generation", "music-generation", "code-generation", "video-generation", "summarization"];
const TIER_LABEL = { 1: "directly suited", 2: "through its category", 3: "through its architecture" } as const;

export function RecommendView({ task }: { task: string }) {
  const router = useRouter();
  const tasks = useJson<GraphView>("/api/graph?kinds=Task&limit=2000");
  const result = useJson<RecommendResult>(task ? `/api/tasks/${encodeURIComponent(task)}/recommendations` : null);
  const choose = (id: string) => router.push(`/tasks?task=${encodeURIComponent(id)}`);
  const taskNodes = tasks.state === "ready" ? [...tasks.data.nodes].sort((x, y) => x.name.localeCompare(y.name)) : [];
  const featured = taskNodes.filter((t) => FEATURED.includes(t.id));

  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 p-4">
      <header>
        <Link href="/" className="text-sm text-sky-700 hover:underline dark:text-sky-300">
          ← Explorer
        </Link>
        <h1 className="text-2xl font-bold">Which should I use?</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Pick a task: the graph ranks what suits it directly, then what suits it through its category, then through its architecture.
        </p>
      </header>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-semibold uppercase tracking-wide text-slate-500">
          Task
          <select
            value={task}
            onChange={(e) => choose(e.target.value)}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal normal-case text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            <option value="">Choose a task…</option>
            {taskNodes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        {featured.map((t) => (
          <button
            key={t.id}
            type="button"
            onClick={() => choose(t.id)}
            aria-pressed={t.id === task}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 aria-pressed:bg-sky-600 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.name}
          </button>
        ))}
      </div>
      {tasks.state === "error" && <p role="alert" className="text-red-700 dark:text-red-300">{tasks.message}</p>}
      {result.state === "loading" && <p role="status">Ranking…</p>}
      {result.state === "error" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {result.message}
        </p>
      )}
      {result.state === "ready" && result.data.recommendations.length === 0 && <p>Nothing in the graph is linked to {result.data.task.name} yet.</p>}
      {result.state === "ready" && result.data.recommendations.length > 0 && (
        <ol aria-label="Recommendations" className="flex flex-col gap-2">
          {result.data.recommendations.map((r, i) => (
            <li key={r.node.id} data-node-id={r.node.id} data-tier={r.tier} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
              <div className="flex items-baseline gap-2">
                <span className="w-6 text-right font-mono text-sm text-slate-500">{i + 1}.</span>
                <Link href={`/?node=${r.node.id}`} className="font-semibold hover:underline">
                  {r.node.name}
                </Link>
                <span className="text-xs text-slate-500">{r.node.kind}</span>
                <span className="ml-auto rounded bg-slate-100 px-1.5 py-0.5 text-[11px] dark:bg-slate-800">{TIER_LABEL[r.tier]}</span>
              </div>
              <p className="ml-8 text-sm">{r.reason}</p>
              <div className="ml-8">
                <SourcesNote sources={r.sources} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
