"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { RecommendResult } from "@/lib/graph/insights/insight-types";
import type { GraphView } from "@/lib/graph/types";
import { RecommendResultView } from "./recommend-result";
import { useJson } from "../use-json";

const FEATURED = ["customer-support", "image-generation", "music-generation", "code-generation", "video-generation", "summarization"];

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
          Pick a task: the graph lists the models and products to use, those the articles name first, then those whose whole category or
          architecture suits it, and only those that generate what the task produces.
        </p>
      </header>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
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
            className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800"
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
      {result.state === "ready" && <RecommendResultView result={result.data} />}
    </main>
  );
}
