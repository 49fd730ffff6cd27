import type { ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { placeNew, planDraw, slicesOf } from "@/lib/ui/draw-plan";

const node = (id: string, degree = 0): ElementDefinition => ({ group: "nodes", data: { id, label: id, degree } });
const edge = (source: string, target: string): ElementDefinition => ({ group: "edges", data: { id: `${source}-${target}`, source, target } });

describe("planning a draw", () => {
  it("adds what is new, removes what is gone and updates changed data, by id", () => {
    const drawn = new Map<string, Record<string, unknown>>([
      ["a", { id: "a", label: "a", degree: 0 }],
      ["b", { id: "b", label: "b", degree: 0 }],
      ["gone", { id: "gone", label: "gone", degree: 0 }],
    ]);
    const plan = planDraw(drawn, [node("a"), node("b", 1), node("c", 1), edge("b", "c")]);
    expect(plan.add.map((e) => e.data.id)).toEqual(["c", "b-c"]);
    expect(plan.update.map((e) => e.data.id)).toEqual(["b"]);
    expect(plan.remove).toEqual(["gone"]);
  });

  it("plans nothing for what is already drawn", () => {
    const drawn = new Map([["a", { id: "a", label: "a", degree: 0 }]]);
    expect(planDraw(drawn, [node("a")])).toEqual({ add: [], remove: [], update: [] });
  });
});

describe("placing new nodes", () => {
  it("uses the server's position, else one next to placed neighbours, and leaves edges alone", () => {
    const add = [node("hub", 2), node("leaf", 1), node("far", 0), edge("hub", "leaf"), edge("hub", "old")];
    const placed = placeNew(add, { old: { x: 1000, y: 1000 } }, { hub: { x: 10, y: 20 } }, { x: -500, y: -500 });
    const at = (id: string) => placed.find((e) => e.data.id === id)!.position!;
    expect(at("hub")).toEqual({ x: 10, y: 20 });
    expect(Math.hypot(at("leaf").x - 10, at("leaf").y - 20)).toBeLessThan(200);
    expect(Math.hypot(at("far").x + 500, at("far").y + 500)).toBeLessThan(200);
    expect(placed.filter((e) => e.group === "edges").every((e) => e.position === undefined)).toBe(true);
  });

  it("gives every new node a distinct place", () => {
    const add = [node("hub"), ...Array.from({ length: 50 }, (_, i) => node(`n${i}`)), ...Array.from({ length: 50 }, (_, i) => edge("hub", `n${i}`))];
    const placed = placeNew(add, {}, { hub: { x: 0, y: 0 } }, { x: 0, y: 0 });
    const keys = placed.filter((e) => e.group === "nodes").map((e) => `${Math.round(e.position!.x)},${Math.round(e.position!.y)}`);
    expect(new Set(keys).size).toBe(51);
  });
});

describe("slicing additions", () => {
  it("keeps every edge after both of its ends, and the slices near the size asked", () => {
    const add = [
      edge("a", "b"),
      edge("b", "old"),
      edge("c", "a"),
      ...["a", "b", "c", "d", "e", "f"].map((id) => node(id)),
      edge("e", "f"),
    ];
    const slices = slicesOf(add, new Set(["old"]), 3);
    expect(slices.flat()).toHaveLength(add.length);
    const seen = new Set(["old"]);
    for (const e of slices.flat()) {
      if (e.group === "edges") {
        expect(seen.has(String(e.data.source)) && seen.has(String(e.data.target)), String(e.data.id)).toBe(true);
      }
      seen.add(String(e.data.id));
    }
    expect(slices.slice(0, -1).every((s) => s.length === 3)).toBe(true);
  });
});
