import { describe, expect, it } from "vitest";
import { firstFrameGuard, namesAView, opensOnStartMap, parseView, serializeView } from "@/lib/ui/url-state";
import { DEFAULT_VIEW, type ViewState } from "@/lib/ui/view-state";

const full: ViewState = {
  map: "start",
  layout: "hierarchy",
  hideKinds: ["Organization", "Task"],
  hideTypes: ["SUITED_FOR"],
  focus: ["gpt-4", "large-language-model"],
  selection: { kind: "node", id: "gpt-4" },
  path: { from: "large-language-model", to: "generative-ai", types: ["IS_A"], directed: true, maxHops: 4, mode: "all" },
};

describe("view in the URL", () => {
  it("round-trips every part of a view", () => {
    expect(parseView(serializeView(full))).toEqual(full);
  });

  it("writes nothing for the default view and keeps parameters it does not own", () => {
    expect(serializeView(DEFAULT_VIEW)).toBe("");
    expect(serializeView(DEFAULT_VIEW, "?debug=1&node=x")).toBe("?debug=1");
  });

  it("tells a URL that names a view or a question from one that does not", () => {
    expect(namesAView("")).toBe(false);
    expect(namesAView("?debug=1")).toBe(false);
    for (const search of ["?node=gpt-4", "?map=all", "?map=start", "?from=a&to=b", "?ask=Is%20GPT-4%20an%20LLM%3F", "?hideKinds=Model"]) {
      expect(namesAView(search), search).toBe(true);
    }
    expect(parseView("?map=start").map).toBe("start");
    expect(parseView("?map=all").map).toBe("all");
    expect(parseView("?map=nonsense").map).toBe("all");
  });

  it("reads the documented deep links", () => {
    expect(parseView("?node=large-language-model").selection).toEqual({ kind: "node", id: "large-language-model" });
    expect(parseView("?from=large-language-model&to=generative-ai").path).toEqual({
      from: "large-language-model",
      to: "generative-ai",
      types: [],
      directed: false,
      maxHops: 6,
      mode: "shortest",
    });
    expect(parseView("?edge=gpt-4--IS_A--large-language-model").selection).toEqual({
      kind: "edge",
      id: "gpt-4--IS_A--large-language-model",
    });
  });

  it("drops what is malformed instead of failing", () => {
    const view = parseView("?node=Not%20An%20Id&hideKinds=Model,Bogus&types=NOPE&from=a&maxHops=99&layout=spiral&edge=a--X--b");
    expect(view).toEqual({ ...DEFAULT_VIEW, hideKinds: ["Model"] });
    expect(parseView("?from=a&to=b&maxHops=99").path?.maxHops).toBe(6);
  });

  it("keeps commas readable", () => {
    expect(serializeView({ ...DEFAULT_VIEW, hideKinds: ["Model", "Task"] })).toBe("?hideKinds=Model,Task");
  });
});

describe("the server-drawn start map's guard", () => {
  /** Runs the inline script on a stored last view and stored drags; true when it hides the drawing. */
  const hides = (stored: string | null, positions: string | null = null, checkLastView = true) => {
    const figure = { style: { display: "" } };
    const run = new Function("localStorage", "document", firstFrameGuard("positions-v1", checkLastView));
    const items: Record<string, string | null> = { "explorer:last-view": stored, "positions-v1": positions };
    run({ getItem: (key: string) => items[key] ?? null }, { currentScript: { previousElementSibling: figure } });
    return figure.style.display === "none";
  };

  it("hides it when start-map nodes of this graph version were dragged, whatever the address", () => {
    expect(hides(null, JSON.stringify({ force: {}, hierarchy: {}, start: { a: [1, 2] } }))).toBe(true);
    expect(hides("", JSON.stringify({ force: {}, hierarchy: {}, start: { a: [1, 2] } }), false)).toBe(true);
    expect(hides(null, JSON.stringify({ force: { a: [1, 2] }, hierarchy: {} }))).toBe(false);
    expect(hides(null, JSON.stringify({ force: {}, hierarchy: {}, start: {} }))).toBe(false);
    expect(hides(null, "{not json")).toBe(false);
    // An address that names the start map is not overridden by the last view.
    expect(hides("", null, false)).toBe(false);
  });

  it.each([null, "?map=start", "?map=start&node=gpt-4", "", "?map=start&layout=hierarchy", "?map=start&focus=gpt-4", "?node=gpt-4", "?map=start&hideKinds=Model"])(
    "hides it exactly when the remembered view %j is not that start map",
    (stored) => {
      const startMap = stored === null || (namesAView(stored) && opensOnStartMap(stored));
      expect(hides(stored)).toBe(!startMap);
    },
  );
});
