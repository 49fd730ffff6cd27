import { describe, expect, it } from "vitest";
import { historyReducer, initialHistory } from "@/lib/ui/undo-history";
import { DEFAULT_VIEW } from "@/lib/ui/view-state";

const hidden = { ...DEFAULT_VIEW, hideKinds: ["Model" as const] };
const selected = { ...hidden, selection: { kind: "node" as const, id: "gpt-4" } };

describe("undo history", () => {
  it("undoes and redoes view changes in order", () => {
    let h = initialHistory(DEFAULT_VIEW);
    h = historyReducer(h, { type: "apply", view: hidden });
    h = historyReducer(h, { type: "apply", view: selected });
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toEqual(hidden);
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toEqual(DEFAULT_VIEW);
    expect(historyReducer(h, { type: "undo" })).toBe(h);
    h = historyReducer(h, { type: "redo" });
    expect(h.present).toEqual(hidden);
    expect(h.future).toHaveLength(1);
  });

  it("drops the redo branch on a new change and ignores changes that change nothing", () => {
    let h = historyReducer(initialHistory(DEFAULT_VIEW), { type: "apply", view: hidden });
    h = historyReducer(h, { type: "undo" });
    h = historyReducer(h, { type: "apply", view: selected });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: "apply", view: { ...selected } })).toBe(h);
  });

  it("records where a change came from", () => {
    const h = historyReducer(initialHistory(DEFAULT_VIEW), { type: "apply", view: hidden, origin: "url" });
    expect(h.origin).toBe("url");
    expect(historyReducer(h, { type: "undo" }).origin).toBe("user");
  });
});

describe("undo history with updates", () => {
  it("applies a function of the present view", () => {
    let h = historyReducer(initialHistory(DEFAULT_VIEW), { type: "apply", view: (v) => ({ ...v, layout: "hierarchy" }) });
    h = historyReducer(h, { type: "apply", view: (v) => ({ ...v, focus: ["gpt-4"] }) });
    expect(h.present).toMatchObject({ layout: "hierarchy", focus: ["gpt-4"] });
    expect(h.past).toHaveLength(2);
  });
});
