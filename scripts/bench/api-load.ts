// HTTP load with autocannon's programmatic API: each connection rotates through many request paths.
import autocannon from "autocannon";
import { FailureTally, summarise, type LoadStats } from "./stats";

export interface HttpLoad {
  url: string;
  paths: string[];
  connections: number;
  /** Seconds, or a fixed number of requests. */
  duration?: number;
  amount?: number;
  /** Ends the run early when this settles. */
  stopWhen?: Promise<unknown>;
  /** Called for every response: wall clock (ms since epoch), status, latency (ms). */
  onResponse?: (at: number, status: number, ms: number) => void;
}

export async function httpLoad(load: HttpLoad): Promise<LoadStats> {
  let next = 0;
  const latencies: number[] = [];
  const failures = new FailureTally();
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
    url: load.url,
    connections: load.connections,
    ...(load.amount ? { amount: load.amount } : { duration: load.duration ?? 5 }),
    timeout: 30,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: load.paths[next++ % load.paths.length] }) }],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status < 200 || status > 299) failures.add(`HTTP ${status}`);
    load.onResponse?.(Date.now(), status, ms);
  });
  instance.on("reqError", (error) => {
    failures.add(error.message);
  });
  void load.stopWhen?.finally(() => instance.stop());
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  return summarise(latencies, seconds, result.errors, result.non2xx, failures.list());
}

/** A few requests per path, `concurrency` at a time, so route code, JIT and query plans are warm before measuring. */
export async function warmUp(url: string, paths: string[], count = 20, concurrency = 1): Promise<void> {
  let next = 0;
  const loop = async () => {
    while (next < count) {
      const res = await fetch(url + paths[next++ % paths.length]);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
}
