// The capability matrix's heaviest answer: every model and product against every task of the graph, asked
// one at a time (each request builds its own reasoning cache, as a reader's would), after a warm-up.
import type { Report } from "./report";
import type { AppServer } from "./server";
import { percentile } from "./stats";

const WHOLE_TASKS_MATRIX = "/api/matrix?columns=tasks";
const WARM_UP = 5;
const RUNS = 30;

export async function measureMatrix(server: AppServer, prefix: string, report: Report): Promise<void> {
  const ask = async () => {
    const t = performance.now();
    const response = await fetch(server.url + WHOLE_TASKS_MATRIX);
    const body = (await response.json()) as { rows?: unknown[]; columns?: unknown[] };
    if (!response.ok) throw new Error(`${WHOLE_TASKS_MATRIX} answered ${response.status}`);
    return { ms: performance.now() - t, cells: (body.rows?.length ?? 0) * (body.columns?.length ?? 0) };
  };
  for (let i = 0; i < WARM_UP; i++) await ask();
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = await ask();
    times.push(run.ms);
    cells = run.cells;
  }
  times.sort((a, b) => a - b);
  const note = `GET ${WHOLE_TASKS_MATRIX}: ${cells} cells, one request at a time, ${RUNS} runs`;
  report.add(`${prefix}.matrix.tasks.p50`, percentile(times, 50), "ms", { note });
  report.add(`${prefix}.matrix.tasks.p95`, percentile(times, 95), "ms", { note });
}
