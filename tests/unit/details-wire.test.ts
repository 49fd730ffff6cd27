import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packDetails, unpackDetails } from "@/lib/graph/details-wire";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { NodeDetails } from "@/lib/graph/types";

let llm: NodeDetails;
beforeAll(async () => {
  const store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
  llm = await store.node("large-language-model");
});

describe("node details on the wire", () => {
  it("unpacks to exactly what the store answered", () => {
    expect(unpackDetails(packDetails(llm))).toEqual(llm);
  });

  it("sends each article's title once and each cited section once", () => {
    const wire = packDetails(llm);
    const text = JSON.stringify(wire);
    const titles = new Set(llm.relationships.flatMap((r) => r.sources.map((s) => s.title)));
    expect(Object.keys(wire.sources)).toHaveLength(titles.size);
    for (const title of titles) expect(text.split(JSON.stringify(title)).length - 1).toBe(1);
    const sections = wire.citations.map((c) => `${c.source}|${c.section ?? ""}`);
    expect(new Set(sections).size).toBe(sections.length);
    // The hub that prompted it: the lean answer is at most half the repeated one.
    expect(text.length).toBeLessThan(JSON.stringify(llm).length / 2);
  });

  it("keeps a citation without a section apart from one with a section of the same article", () => {
    const rel = llm.relationships[0];
    const source = { id: "a", title: "Article A" };
    const details: NodeDetails = { node: llm.node, relationships: [{ ...rel, sources: [source, { ...source, section: "Intro" }] }] };
    const wire = packDetails(details);
    expect(wire.citations).toEqual([{ source: "a" }, { source: "a", section: "Intro" }]);
    expect(unpackDetails(wire)).toEqual(details);
  });

  it("rejects an answer that cites what it does not hold", () => {
    const wire = packDetails(llm);
    expect(() => unpackDetails({ ...wire, citations: [...wire.citations, { source: "nowhere" }] })).toThrow(/unknown source "nowhere"/);
    const rel = { ...wire.relationships[0], cites: [wire.citations.length] };
    expect(() => unpackDetails({ ...wire, relationships: [rel] })).toThrow(/not in the answer/);
  });
});
