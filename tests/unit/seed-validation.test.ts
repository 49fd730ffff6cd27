import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSeedDir, loadSeed, SeedInvalidError } from "@/lib/graph/seed/load-seed";
import { readSeedDir } from "@/lib/graph/seed/read-seed";
import { validateSeed } from "@/lib/graph/seed/validate-seed";
import { formatProblem } from "@/lib/graph/seed/seed-types";

const fixture = (name: string) => path.join(__dirname, "../fixtures/seed-bad", name);
const problemsOf = (name: string) => checkSeedDir(fixture(name)).problems.map(formatProblem);

describe("seed validation", () => {
  it("accepts a valid folder", () => {
    const { seed, problems } = checkSeedDir(path.join(__dirname, "../fixtures/seed-ok"));
    expect(problems).toEqual([]);
    expect(seed.nodes.map((n) => n.id)).toEqual(["generative-ai", "large-language-model"]);
    expect(seed.relationships[0].sources).toEqual([{ id: "a" }]);
  });

  it("reports an unknown kind", () => {
    expect(problemsOf("unknown-kind")).toEqual(['graph.yaml: node "z": kind: unknown kind "Gadget"']);
  });

  it("reports an unknown relationship type", () => {
    expect(problemsOf("unknown-type")).toContain('graph.yaml: relationship x -LOVES-> y: type: unknown relationship type "LOVES"');
  });

  it("reports a duplicate id with both files", () => {
    expect(problemsOf("duplicate-id")).toEqual(['more.yaml: node "x": duplicate node id "x" (first in graph.yaml)']);
  });

  it("names the missing id of a dangling relationship", () => {
    expect(problemsOf("dangling")).toEqual(['graph.yaml: relationship x -IS_A-> ghost-node: "to" refers to missing node "ghost-node"']);
  });

  it("reports a self-loop", () => {
    expect(problemsOf("self-loop")).toEqual(['graph.yaml: relationship y -BUILT_ON-> y: self-loop on "y"']);
  });

  it("reports an unknown source id", () => {
    expect(problemsOf("unknown-source")).toEqual(['graph.yaml: relationship x -IS_A-> y: unknown source id "nowhere"']);
  });

  it("reports a relationship with no source, empty or missing", () => {
    const problems = problemsOf("no-source");
    expect(problems).toContain("graph.yaml: relationship x -IS_A-> y: sources: a relationship needs at least one source");
    expect(problems).toContain("graph.yaml: relationship y -BUILT_ON-> x: sources: a relationship needs a list of sources");
  });

  it("reports an IS_A cycle with its members", () => {
    expect(problemsOf("isa-cycle")).toEqual(["graph.yaml: relationship w -IS_A-> x: IS_A cycle: w -> x -> y -> w"]);
  });

  it("reports a node with no relationship", () => {
    expect(problemsOf("orphan")).toEqual(['graph.yaml: node "lonely": node has no relationship']);
  });

  it("reports malformed YAML with its file and line", () => {
    const problems = problemsOf("malformed-yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\.yaml: line 4: malformed YAML: /);
  });

  it("reports every problem in one run", () => {
    const problems = problemsOf("many-problems");
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('missing node "ghost-one"'),
        expect.stringContaining('missing node "ghost-two"'),
        expect.stringContaining('unknown source id "nowhere"'),
      ]),
    );
  });

  it("reports a capability that a limitation of the node or of an ancestor rules out", () => {
    expect(problemsOf("contradiction-text-only")).toEqual([
      'graph.yaml: node "chat-model": contradiction: GENERATES image contradicts its limitation text-only, which rules out image',
      'graph.yaml: node "chatty": contradiction: GENERATES image (inherited from chat-model) contradicts its limitation text-only (inherited from chat-model), which rules out image',
    ]);
  });

  it("reports a node suited for a task whose output it, or every member, cannot produce", () => {
    expect(problemsOf("contradiction-task-output")).toEqual([
      'graph.yaml: node "writer": contradiction: SUITED_FOR image-generation, a task that outputs image, but nothing says it generates image',
      'graph.yaml: node "generator": contradiction: SUITED_FOR image-generation, a task that outputs image, but nothing says every member generates image',
    ]);
  });

  it("accepts source dates and publishers, disputes, forecasts, causes and comparable facts", () => {
    const { seed, problems } = checkSeedDir(path.join(__dirname, "../fixtures/seed-fields"));
    expect(problems).toEqual([]);
    expect(seed.sources.map((s) => [s.id, s.published, s.publisher])).toEqual([
      ["a", "2025", "Publisher A"],
      ["b", "2025-02", undefined],
      ["c", "2024-11-30", undefined],
    ]);
    const limitation = seed.relationships.find((r) => r.type === "HAS_LIMITATION")!;
    expect(limitation.disputedBy).toEqual([{ id: "c", section: "Safety", note: "Says careful monitoring keeps its answers reliable." }]);
    expect(seed.relationships.find((r) => r.forecast)).toMatchObject({ from: "pocket", to: "media-model", note: expect.any(String) });
    expect(seed.nodes.find((n) => n.id === "making-things-up")?.facts).toMatchObject({ causeSources: ["a", "b"] });
  });

  it("reports a dispute by an unknown source or by one of the edge's own sources, and a forecast without a note", () => {
    expect(problemsOf("bad-dispute")).toEqual([
      'graph.yaml: relationship x -IS_A-> y: disputedBy: unknown source id "nowhere"',
      'graph.yaml: relationship y -IS_A-> z: disputedBy: "b" is also one of the relationship\'s own sources',
      "graph.yaml: relationship x -IS_A-> z: forecast: a claim about the future needs a note saying what is expected",
    ]);
  });

  it("reports a date in another form, an empty dispute note and forecast: false", () => {
    expect(problemsOf("bad-fields")).toEqual(
      expect.arrayContaining([
        'graph.yaml: source "a": published: published must be YYYY, YYYY-MM or YYYY-MM-DD',
        'graph.yaml: source "b": published: published must be YYYY, YYYY-MM or YYYY-MM-DD',
        "graph.yaml: relationship y -USES_ARCHITECTURE-> x: disputedBy.0.note: must not be empty",
        "graph.yaml: relationship y -BUILT_ON-> x: forecast: forecast is either true or left out",
      ]),
    );
  });

  it("reports causes without their sources, causes off a limitation, and comparable facts that do not fit", () => {
    expect(problemsOf("bad-facts")).toEqual([
      'graph.yaml: node "cheap": cause belongs on a Limitation, not on a Category',
      'graph.yaml: node "cheap": runsOffline must be true or false',
      'graph.yaml: node "cheap": runsOffline needs runsOfflineSources: the articles that state it',
      'graph.yaml: node "cheap": cheaperToDeployThan: unknown node "ghost"',
      'graph.yaml: node "flaw": cause and causeSources come together: give both or neither',
      'graph.yaml: node "other-flaw": causeSources: unknown source id "nowhere"',
    ]);
  });

  it("accepts a contradiction when an edge involved records who disputes it, and only then", () => {
    const dir = path.join(__dirname, "../fixtures/seed-disputed");
    expect(checkSeedDir(dir).problems).toEqual([]);
    const withoutDispute = (from: string, type: string) => {
      const raw = readSeedDir(dir);
      const edge = raw.relationships.find((r) => r.value.from === from && r.value.type === type)!;
      delete edge.value.disputedBy;
      return validateSeed(raw).problems.map(formatProblem);
    };
    expect(withoutDispute("chat-model", "HAS_LIMITATION")).toEqual([
      'graph.yaml: node "seer": contradiction: ACCEPTS image contradicts its limitation text-only (inherited from chat-model), which rules out image',
    ]);
    expect(withoutDispute("sketcher", "IS_A")).toEqual([
      'graph.yaml: node "sketcher": contradiction: GENERATES image contradicts its limitation text-only (inherited from word-model), which rules out image',
    ]);
    expect(withoutDispute("writer", "SUITED_FOR")).toEqual([
      'graph.yaml: node "writer": contradiction: SUITED_FOR image-generation, a task that outputs image, but nothing says it generates image',
    ]);
  });

  it("refuses to load an invalid seed", () => {
    expect(() => loadSeed(fixture("dangling"))).toThrow(SeedInvalidError);
  });
});
