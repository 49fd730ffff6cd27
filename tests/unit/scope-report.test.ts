// The explicit-scope rule and the scope report, on a small category with members that agree and disagree.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSeedDir, loadSeed } from "@/lib/graph/seed/load-seed";
import { categoryClaims, scopeReport } from "@/lib/graph/seed/scope-report";
import { formatProblem } from "@/lib/graph/seed/seed-types";

const fixtures = path.join(__dirname, "../fixtures");
const seed = loadSeed(path.join(fixtures, "scope-seed"));
const row = (subject: string, type: string, object: string) =>
  scopeReport(seed).find((r) => r.subject === subject && r.type === type && r.object === object)!;

describe("explicit scope on category claims", () => {
  it("is required only when asked for, as seed:check does for the curated graph", () => {
    const dir = path.join(fixtures, "seed-bad/scope-missing");
    expect(checkSeedDir(dir).problems).toEqual([]);
    expect(checkSeedDir(dir, { explicitScope: true }).problems.map(formatProblem)).toEqual([
      "graph.yaml: relationship llm -GENERATES-> text: llm has IS_A members: say scope: every or scope: some",
      "graph.yaml: relationship llm -USES_ARCHITECTURE-> transformer: scope: some needs a note saying why it is not every member",
    ]);
    expect(checkSeedDir(path.join(fixtures, "scope-seed"), { explicitScope: true }).problems).toEqual([]);
  });

  it("applies to every relationship from a node with members, except IS_A", () => {
    expect(categoryClaims(seed.relationships).map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      "llm GENERATES text",
      "llm HAS_LIMITATION text-only",
      "llm SUITED_FOR chat",
      "chat-llm SUITED_FOR chat",
      "llm USES_ARCHITECTURE transformer",
      "chat-llm HAS_LIMITATION text-only",
      "chat-llm ACCEPTS image",
    ]);
  });
});

describe("scope report", () => {
  it("counts the members and those that hold a claim themselves, not through the claim itself", () => {
    expect(row("llm", "GENERATES", "text")).toMatchObject({ scope: "every", members: 5, holding: ["m1"], flags: [] });
    expect(row("llm", "USES_ARCHITECTURE", "transformer")).toMatchObject({ scope: "some", members: 5, holding: ["m1"], flags: [] });
    // m4 inherits text-only from llm, which is above chat-llm: that is not m4 holding it for chat-llm's sake.
    expect(row("chat-llm", "HAS_LIMITATION", "text-only")).toMatchObject({ members: 1, holding: [] });
  });

  it("flags a 'some' that at least 80 % of the members hold, counting what a nearer category gives every member", () => {
    const chat = row("llm", "SUITED_FOR", "chat");
    expect([...chat.holding].sort()).toEqual(["chat-llm", "m1", "m2", "m4"]);
    expect(chat.flags).toEqual(["some, yet 4 of 5 members hold it: every?"]);
  });

  it("flags an 'every' that is disputed, or that a member's own limitation or capability rules out", () => {
    expect(row("llm", "HAS_LIMITATION", "text-only").flags).toEqual([
      "every, disputed by b",
      "every, but the own facts of chat-llm, m1, m4 rule it out",
    ]);
    expect(row("chat-llm", "ACCEPTS", "image").flags).toEqual(["every, disputed by a", "every, but the own facts of m4 rule it out"]);
  });
});
