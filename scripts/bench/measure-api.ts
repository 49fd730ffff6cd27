// Every endpoint at every concurrency against one running server; on Neo4j each HTTP run is
// followed by the same Cypher run directly (the baseline), so the ratio is API overhead.
import type { Driver } from "neo4j-driver";
import { httpLoad, warmUp } from "./api-load";
import { treeCpuMs } from "./cpu";
import { directLoad, directOp } from "./direct-driver";
import type { Report } from "./report";
import type { AppServer } from "./server";
import { apiPaths, ENDPOINTS, type Workload } from "./workload";

export interface ApiPlan {
  connections: number[];
  seconds: number;
  /** Sequential requests per endpoint before measuring (route code, JIT, query plans). */
  warmUp: number;
  /** Given on Neo4j: measure the direct-driver baseline too. */
  driver?: Driver;
}

export async function measureApi(server: AppServer, workload: Workload, prefix: string, plan: ApiPlan, report: Report): Promise<void> {
  const backend = plan.driver ? "neo4j" : "memory";
  for (const endpoint of ENDPOINTS) {
    const paths = apiPaths(workload, endpoint);
    if (paths.length === 0) {
      report.na(`${prefix}.${backend}.${endpoint}`, "", "no request to make (no path pair 3–6 hops apart)");
      continue;
    }
    await warmUp(server.url, paths, plan.warmUp);
    if (plan.driver) {
      const op = directOp(workload, endpoint);
      for (let i = 0; i < plan.warmUp; i++) await op(plan.driver, i);
    }
    for (const connections of plan.connections) {
      // A short burst at the same concurrency first: opening 50 connections is not what is being measured.
      await warmUp(server.url, paths, connections * 3, connections);
      const cpuBefore = treeCpuMs(server.pid);
      const api = await httpLoad({ url: server.url, paths, connections, duration: plan.seconds });
      const cpuPerRequest = (treeCpuMs(server.pid) - cpuBefore) / Math.max(1, api.requests);
      let direct;
      if (plan.driver) {
        await directLoad(plan.driver, directOp(workload, endpoint), connections, Math.min(1, plan.seconds / 3));
        direct = await directLoad(plan.driver, directOp(workload, endpoint), connections, plan.seconds);
      }
      report.load(`${prefix}.${backend}.${endpoint}.c${connections}`, api, direct);
      report.add(`${prefix}.${backend}.${endpoint}.c${connections}.server-cpu`, cpuPerRequest, "ms/req", { note: "CPU time of the next-server process per request (10 ms resolution over the run)" });
      if (direct) report.load(`${prefix}.direct.${endpoint}.c${connections}`, direct);
    }
  }
}

/** A problem when the server does not serve the graph we think we are measuring (e.g. another process re-seeded Neo4j). */
export async function graphMismatch(server: AppServer, nodes: number, relationships: number): Promise<string | null> {
  const body = (await (await fetch(`${server.url}/api/health`)).json()) as { nodes?: number; relationships?: number };
  if (body.nodes === nodes && body.relationships === relationships) return null;
  return `${server.url} serves ${body.nodes} nodes / ${body.relationships} relationships, expected ${nodes} / ${relationships}: was the database re-seeded by another process?`;
}
