import type { ElementDefinition } from "cytoscape";
import { placeNear } from "@/lib/layout/place-near";
import type { Point, Positions } from "@/lib/layout/types";

/** What the diagram must do to show `elements`: add these (nodes first), remove those, update the data of the rest. */
export interface DrawPlan {
  add: ElementDefinition[];
  remove: string[];
  update: ElementDefinition[];
}

type Drawn = ReadonlyMap<string, Record<string, unknown>>;

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).length === Object.keys(a).length && Object.keys(b).every((k) => a[k] === b[k]);

/** Compares by id and by flat data, as the elements are built (lib/graph/to-elements.ts): primitives only. */
export function planDraw(drawn: Drawn, elements: readonly ElementDefinition[]): DrawPlan {
  const wanted = new Set<string>();
  const plan: DrawPlan = { add: [], remove: [], update: [] };
  for (const element of elements) {
    const id = String(element.data.id);
    wanted.add(id);
    const data = drawn.get(id);
    if (!data) plan.add.push(element);
    else if (!sameData(data, element.data)) plan.update.push(element);
  }
  for (const id of drawn.keys()) if (!wanted.has(id)) plan.remove.push(id);
  return plan;
}

/**
 * Gives every new node a position before it is drawn: the server's when it has one, else next to its neighbours
 * (best-connected first, so that hubs anchor their leaves), around `fallback` when none is placed. Nodes already drawn
 * (`known`) stay where they are.
 */
export function placeNew(add: readonly ElementDefinition[], known: Positions, server: Positions | null, fallback: Point): ElementDefinition[] {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of add) {
    if (e.group !== "edges") continue;
    link(String(e.data.source), String(e.data.target));
    link(String(e.data.target), String(e.data.source));
  }
  const placed: Positions = { ...known };
  const missing: { id: string; degree: number }[] = [];
  for (const e of add) {
    if (e.group === "edges") continue;
    const id = String(e.data.id);
    const p = server?.[id];
    if (p) placed[id] = p;
    else missing.push({ id, degree: neighbours.get(id)?.length ?? 0 });
  }
  missing.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const around = placeNear(
    missing.map((m) => m.id),
    (id) => neighbours.get(id) ?? [],
    placed,
    fallback,
  );
  return add.map((e) => (e.group === "edges" ? e : { ...e, position: { ...(placed[String(e.data.id)] ?? around[String(e.data.id)]) } }));
}
