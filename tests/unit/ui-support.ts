// Shared by the ui-*.test.ts files: a seed's graph as the API returns it, and a headless Cytoscape over it.
import path from "node:path";
import cytoscape, { type Core } from "cytoscape";
import { afterEach } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { graphStyle } from "@/lib/graph/style";
import { toElements } from "@/lib/graph/to-elements";
import type { GraphView } from "@/lib/graph/types";

export const FIXTURE_SEED = path.join(__dirname, "../fixtures/contract-seed");
export const REAL_SEED = path.join(__dirname, "../../graph-seed");

export function seedGraph(dir = FIXTURE_SEED): Promise<GraphView> {
  return new MemoryStore(loadSeed(dir)).graph({ limit: 20000 });
}

const instances: Core[] = [];
// A headless Core keeps timers alive; destroy each one or the worker never exits.
afterEach(() => {
  for (const cy of instances.splice(0)) cy.destroy();
});

export function headlessCy(graph: GraphView): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph), style: graphStyle("light") });
  instances.push(cy);
  return cy;
}
