import { describe, expect, it } from "vitest";
import { missingMessage, parseViewFile, planImport, VIEW_FILE_FORMAT, type ViewFile } from "@/lib/ui/view-file";

const LLM = "large-language-model";
const GENAI = "generative-ai";
const ISA = `${LLM}--IS_A--${GENAI}`;

const file: ViewFile = {
  format: VIEW_FILE_FORMAT,
  graphVersion: "v1",
  nodes: [
    { id: LLM, name: "Large Language Model", kind: "Category" },
    { id: GENAI, name: "Generative AI", kind: "Category" },
  ],
  relationships: [{ id: ISA, type: "IS_A", source: LLM, target: GENAI, sources: [{ id: "s1", title: "A source" }] }],
  positions: { [LLM]: [10, 20], [GENAI]: [30, 40] },
  view: {
    map: "all",
    layout: "hierarchy",
    hideKinds: ["Model"],
    hideTypes: [],
    focus: [LLM],
    selection: { kind: "edge", id: ISA },
    path: { from: LLM, to: GENAI, types: [], directed: false, maxHops: 6, mode: "shortest" },
  },
};

const everything = { node: () => true, relationship: () => true };

describe("reading a view file", () => {
  it("accepts what Export JSON writes", () => {
    expect(parseViewFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it("reads a file saved before the start map existed as a view of the whole graph", () => {
    const { map: _map, ...older } = file.view;
    const parsed = parseViewFile(JSON.stringify({ ...file, view: older }));
    expect(parsed.ok && parsed.file.view.map).toBe("all");
  });

  it("rejects text that is not JSON", () => {
    const parsed = parseViewFile("{nodes: oops");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/not JSON/);
  });

  it.each([
    ["another format", { ...file, format: "something-else" }, /format/],
    ["an unknown kind", { ...file, view: { ...file.view, hideKinds: ["Robot"] } }, /view\.hideKinds\.0/],
    ["a position that is not a point", { ...file, positions: { [LLM]: [1] } }, /positions/],
    ["nodes that are not a list", { ...file, nodes: 5 }, /nodes/],
    ["too many hops", { ...file, view: { ...file.view, path: { ...file.view.path, maxHops: 99 } } }, /maxHops/],
  ])("rejects %s, saying where", (_, value, where) => {
    const parsed = parseViewFile(JSON.stringify(value));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(where);
    expect(!parsed.ok && parsed.message).toMatch(/Nothing was changed/);
  });
});

describe("planning an import", () => {
  it("applies everything when everything exists", () => {
    const plan = planImport(file, everything);
    expect(plan.view).toEqual(file.view);
    expect(plan.positions).toEqual(file.positions);
    expect(plan.missingNodes).toEqual([]);
    expect(missingMessage(plan)).toBeNull();
  });

  it("leaves out what no longer exists, drops the pointers to it, and names it", () => {
    const plan = planImport(file, { node: (id) => id === LLM, relationship: () => false });
    expect(plan.nodes.map((n) => n.id)).toEqual([LLM]);
    expect(plan.relationships).toEqual([]);
    expect(plan.positions).toEqual({ [LLM]: [10, 20] });
    expect(plan.view).toMatchObject({ layout: "hierarchy", hideKinds: ["Model"], focus: [LLM], selection: null, path: null });
    expect(plan.missingNodes).toEqual([GENAI]);
    expect(plan.missingRelationships).toEqual([ISA]);
    const message = missingMessage(plan)!;
    expect(message).toContain(`1 concept(s) no longer exist: ${GENAI}`);
    expect(message).toContain(`1 relationship(s) no longer exist: ${ISA}`);
  });

  it("shortens a long list of missing ids", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `gone-${String(i).padStart(2, "0")}`);
    expect(missingMessage({ missingNodes: ids, missingRelationships: [] })).toContain("gone-07 and 4 more");
  });
});
