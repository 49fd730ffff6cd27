"use client";
import { useRouter } from "next/navigation";
import { queries } from "@/lib/ui/queries";
import { tasksUrl } from "@/lib/ui/url-state";
import { useApi } from "../shell/use-api";
import { LoadMessage } from "../ui/load-message";
import { RecommendResultView } from "./recommend-result";

const FEATURED = ["customer-support", "image-generation", "music-generation", "code-generation", "video-generation", "summarization"];

export function RecommendView({ task }: { task: string }) {
  const router = useRouter();
  const tasks = useApi(queries.tasks());
  const result = useApi(task ? queries.recommendations(task) : null);
  const choose = (id: string) => router.push(tasksUrl(id));
  const taskNodes = tasks.status === "ready" ? [...tasks.data].sort((x, y) => x.name.localeCompare(y.name)) : [];
  const featured = taskNodes.filter((t) => FEATURED.includes(t.id));

  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 p-4">
      <header>
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
            className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.name}
          </button>
        ))}
      </div>
      {/* The task list failing is worth saying only when it is not the outage the banner already tells. */}
      {tasks.status === "error" && <LoadMessage state={tasks} loading="" />}
      <LoadMessage state={result} loading="Ranking…" />
      {result.status === "ready" && <RecommendResultView result={result.data} />}
    </main>
  );
}
