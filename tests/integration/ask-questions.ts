// The articles' questions asked of a store holding the curated graph: the form, the concepts and the
// answer must be what the fixture (taken from the articles) says. Shared by the memory and Neo4j runs.
import { describe, expect, it } from "vitest";
import { ask } from "@/lib/graph/ask/ask";
import { ASK_FORMS } from "@/lib/graph/ask/ask-types";
import type { GraphStore } from "@/lib/graph/types";
import { ASK_CASES, type AskCase } from "../fixtures/ask-questions";
import { MORE_ASK_CASES } from "../fixtures/ask-questions-more";

const ALL_CASES = [...ASK_CASES, ...MORE_ASK_CASES];

async function check(store: GraphStore, c: AskCase) {
  const { interpretation, answer } = await ask(store, c.question);
  expect(interpretation.form, "form").toBe(c.form);
  expect(interpretation.concepts.map((x) => x.id), "concepts").toEqual(c.concepts);
  expect(answer.verdict, "verdict").toBe(c.verdict);
  if (c.reading) expect(interpretation.reading, "reading").toBe(c.reading);
  const items = answer.items.map((i) => i.id);
  for (const id of c.items ?? []) expect(items, `items include ${id}`).toContain(id);
  for (const id of c.notItems ?? []) expect(items, `items exclude ${id}`).not.toContain(id);
  expect(answer.text.length).toBeGreaterThan(0);
  for (const words of c.mentions ?? []) expect(answer.text.toLowerCase(), `the answer mentions "${words}"`).toContain(words.toLowerCase());
  // A "no" must give its reason with evidence; so must a yes or partly, and a contested answer both sides' sources.
  if (c.verdict === "yes" || c.verdict === "no" || c.verdict === "partly" || c.verdict === "contested") {
    expect(answer.paths.length, "evidence paths").toBeGreaterThan(0);
    expect(answer.sources.length, "sources").toBeGreaterThan(0);
  }
  if (c.verdict === "contested") expect(answer.text, "a contested answer says so").toMatch(/sources disagree/i);
  for (const path of answer.paths) expect(path.relationships.length).toBe(path.nodes.length - 1);
}

export function askQuestionSuite(name: string, store: () => GraphStore) {
  describe(`the articles' questions on ${name}`, () => {
    it("has at least 78 questions, at least 23 of them answered no, and every form", () => {
      expect(ALL_CASES.length).toBeGreaterThanOrEqual(78);
      expect(ALL_CASES.filter((c) => c.verdict === "no").length).toBeGreaterThanOrEqual(23);
      expect(new Set(ALL_CASES.map((c) => c.form))).toEqual(new Set(ASK_FORMS));
    });
    for (const c of ALL_CASES) {
      const title = `${c.question} (${c.from})`;
      if (c.graphDisagrees) it.fails(`${title}: the graph disagrees: ${c.graphDisagrees}`, () => check(store(), c));
      else it(title, () => check(store(), c));
    }
  });
}
