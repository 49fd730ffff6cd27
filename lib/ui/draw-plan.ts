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

/**
 * Cuts additions into slices of about `size` elements, each drawable on its own: a slice holds new nodes and every new
 * edge whose two ends are drawn by then, so the nodes on screen grow steadily and no edge waits for a later slice.
 */
export function slicesOf(add: readonly ElementDefinition[], drawn: ReadonlySet<string>, size: number): ElementDefinition[][] {
  const there = new Set(drawn);
  const waiting = new Map<string, ElementDefinition[]>();
  const slices: ElementDefinition[][] = [];
  let slice: ElementDefinition[] = [];
  const put = (e: ElementDefinition) => {
    slice.push(e);
    if (slice.length >= size) {
      slices.push(slice);
      slice = [];
    }
  };
  // An edge is filed under an end not yet drawn, and re-filed until both are.
  const fileEdge = (e: ElementDefinition) => {
    const missing = [String(e.data.source), String(e.data.target)].find((id) => !there.has(id));
    if (missing === undefined) return put(e);
    const list = waiting.get(missing);
    if (list) list.push(e);
    else waiting.set(missing, [e]);
  };
  for (const e of add) if (e.group === "edges") fileEdge(e);
  for (const e of add) {
    if (e.group === "edges") continue;
    const id = String(e.data.id);
    there.add(id);
    put(e);
    const ready = waiting.get(id);
    waiting.delete(id);
    for (const edge of ready ?? []) fileEdge(edge);
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}
