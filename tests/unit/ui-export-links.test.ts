import { describe, expect, it } from "vitest";
import { KINDS } from "@/lib/graph/schema";
import { exportHref, viewScope } from "@/lib/ui/export-links";
import { DEFAULT_VIEW } from "@/lib/ui/view-state";

const shown = new Set(["gpt-4", "chatgpt", "openai"]);

describe("the Data menu's export links", () => {
  it("exports the whole graph when the view hides nothing", () => {
    expect(viewScope(DEFAULT_VIEW, shown, false)).toEqual({});
    expect(exportHref("graphml", {})).toBe("/api/export?format=graphml");
  });

  it("describes a view that only hides kinds or types by the /api/graph filters", () => {
    const scope = viewScope({ ...DEFAULT_VIEW, hideKinds: ["Industry"], hideTypes: ["APPLIED_IN"] }, shown, false);
    expect(scope.kinds).toEqual(KINDS.filter((k) => k !== "Industry"));
    expect(scope.types).not.toContain("APPLIED_IN");
    expect(scope.ids).toBeUndefined();
    expect(exportHref("csv", scope, "relationships")).toMatch(/^\/api\/export\?format=csv&part=relationships&kinds=Category,Architecture,.*&types=IS_A,/);
  });

  it("describes a focus, a path, the start map or an overview by the ids on screen", () => {
    for (const view of [
      { ...DEFAULT_VIEW, focus: ["gpt-4"] },
      { ...DEFAULT_VIEW, map: "start" as const },
      { ...DEFAULT_VIEW, path: { from: "gpt-4", to: "openai", types: [], directed: false, maxHops: 6, mode: "shortest" as const } },
    ]) {
      expect(viewScope(view, shown, false)).toEqual({ ids: ["chatgpt", "gpt-4", "openai"] });
    }
    expect(viewScope(DEFAULT_VIEW, shown, true)).toEqual({ ids: ["chatgpt", "gpt-4", "openai"] });
    expect(exportHref("turtle", { ids: ["chatgpt", "gpt-4"] })).toBe("/api/export?format=turtle&ids=chatgpt,gpt-4");
  });

  it("falls back to the filters when the ids would not fit in a URL", () => {
    const many = new Set(Array.from({ length: 800 }, (_, i) => `a-rather-long-node-id-${i}`));
    expect(viewScope({ ...DEFAULT_VIEW, focus: ["x"], hideKinds: ["Task"] }, many, false).ids).toBeUndefined();
  });
});
