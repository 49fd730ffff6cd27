// A claim the articles dispute is shown as disputed on every surface: ask's verdict, compare's cell,
// glance's row, the recommendations, the details on the wire, and the graph's relationships.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "@/lib/graph/ask/ask";
import { packDetails, unpackDetails } from "@/lib/graph/details-wire";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { glance } from "@/lib/graph/insights/glance";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { judge } from "@/lib/graph/reasoning/judge";
import { Knowledge } from "@/lib/graph/reasoning/knowledge";
import { checkSeedDir } from "@/lib/graph/seed/load-seed";

const dir = path.join(__dirname, "../fixtures/disputed-seed");
const store = new MemoryStore(checkSeedDir(dir).seed);

describe("a disputed claim", () => {
  it("passes the seed check only because the disagreement is recorded", () => {
    expect(checkSeedDir(dir).problems).toEqual([]);
  });

  it("is contested in the reasoning layer, with both sides and who disputes what", async () => {
    const j = await judge(new Knowledge(store), "talker", "generates", "picture");
    expect(j.holding).toBe("contested");
    expect(j.members.map((m) => m.id)).toEqual(["seer"]);
    expect(j.against?.limitation.id).toBe("words-only");
    expect(j.disputes).toEqual([
      { relationship: "talker--HAS_LIMITATION--words-only", source: { id: "b", title: "Article B", section: "Examples", published: "2024-11" }, note: "Names Seer as a talker that draws pictures." },
    ]);
    // Both sides cite their articles: A and C for the limitation, B for Seer.
    expect(j.sources.map((s) => s.id).sort()).toEqual(["a", "b", "c"]);
  });

  it("gets ask's verdict contested, naming each side and its sources", async () => {
    const { answer } = await ask(store, "Can talkers generate pictures?");
    expect(answer.verdict).toBe("contested");
    expect(answer.text).toMatch(/^Sources disagree: Seer, counted as a Talker, does, yet Talker has the limitation Words Only, which rules out Picture\./);
    expect(answer.text).toContain("Article B (2024-11): Names Seer as a talker that draws pictures");
    expect(answer.disputes?.map((d) => d.source.id)).toEqual(["b"]);
    expect(answer.items.map((i) => i.id)).toEqual(["seer"]);
    // The member's own claim is disputed too: it inherits the limitation that rules it out.
    expect((await ask(store, "Can Seer generate pictures?")).answer.verdict).toBe("contested");
    // A member with nothing of its own to set against the limitation gets a plain no, with the dispute said.
    const parrot = (await ask(store, "Can Parrot generate pictures?")).answer;
    expect(parrot.verdict).toBe("no");
    expect(parrot.text).toContain("Sources disagree");
  });

  it("marks compare's cell and glance's row as disputed", async () => {
    const compared = await compareConcepts(store, "talker", "parrot");
    const picture = compared.aspects.find((a) => a.key === "outputs")!.a.find((v) => v.id === "picture");
    expect(picture).toMatchObject({ contested: true, disputes: [expect.objectContaining({ note: "Names Seer as a talker that draws pictures." })] });
    const seer = await glance(store, "seer");
    expect(seer.rows.find((r) => r.key === "generates")!.values.find((v) => v.id === "picture")?.disputes?.[0].source.id).toBe("b");
  });

  it("recommends the member for its task marked as contested", async () => {
    const drawing = await recommendForTask(store, "drawing");
    expect(drawing.recommendations.map((r) => [r.node.id, r.contested])).toEqual([["seer", true]]);
  });

  it("carries the dispute on the wire and in the graph, with the article's date", async () => {
    const details = await store.node("talker");
    const wire = packDetails(details);
    const rel = unpackDetails(wire).relationships.find((r) => r.id === "talker--HAS_LIMITATION--words-only");
    expect(rel?.disputedBy).toEqual([{ source: { id: "b", title: "Article B", section: "Examples", published: "2024-11" }, note: "Names Seer as a talker that draws pictures." }]);
    const view = await store.graph({ limit: 100 });
    expect(view.relationships.filter((r) => r.disputedBy).map((r) => r.id)).toEqual(["talker--HAS_LIMITATION--words-only"]);
  });
});
