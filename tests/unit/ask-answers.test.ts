// What every answer promises, whatever is typed: no throw, a verdict for yes/no forms only, a reason
// with evidence for a "no", and for what is not understood, the forms it knows and what it recognised.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ask } from "@/lib/graph/ask/ask";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";

let store: MemoryStore;
beforeAll(() => {
  store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
});

describe("ask on the curated graph", () => {
  it("explains a no with the branches that meet, and gives both chains as evidence", async () => {
    const { answer } = await ask(store, "Is Midjourney an LLM?");
    expect(answer.verdict).toBe("no");
    expect(answer.text).toBe("No: Midjourney is an Image Generator; Large Language Model is a separate branch of Generative AI.");
    expect(answer.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ["midjourney", "image-generator", "generative-ai"],
      ["large-language-model", "generative-ai"],
    ]);
  });

  it("reads 'can <category> …?' as asking whether some members do: yes, naming them, not every one", async () => {
    const { answer } = await ask(store, "Can generative AI make video?");
    expect(answer.verdict).toBe("yes");
    expect(answer.text).toMatch(/^Yes: some do — .+ — though not every Generative AI generates Video\.$/);
    expect(answer.items.map((i) => i.id)).toContain("video-generator");
    // Each path walks from Generative AI down to a member and on to Video.
    for (const p of answer.paths) {
      expect(p.nodes[0].id).toBe("generative-ai");
      expect(p.nodes[p.nodes.length - 1].id).toBe("video");
    }
  });

  it("says how it read an ambiguous name: 'music' in 'create music' is the task, and nothing is said of a plain name", async () => {
    const music = await ask(store, "Can generative AI create music?");
    expect(music.interpretation.concepts.map((c) => c.id)).toEqual(["generative-ai", "music-generation"]);
    expect(music.interpretation.readings).toEqual(["“music” read as the task Music Generation"]);
    expect(music.answer.items.map((i) => i.id)).toEqual(expect.arrayContaining(["musicgen", "suno"]));
    expect((await ask(store, "Can GPT-4 generate images?")).interpretation.readings).toBeUndefined();
  });

  it("reads 'do all …?' as universal: some members is a no that names them", async () => {
    const { interpretation, answer } = await ask(store, "Do all generative AI models make video?");
    expect(interpretation.reading).toBe("all");
    expect(answer.verdict).toBe("no");
    expect(answer.text).toMatch(/^No: not every Generative AI generates Video; only some do, such as /);
  });

  it("judges a task by suitability, not by its output alone: the evidence ends at the task", async () => {
    const { interpretation, answer } = await ask(store, "Can Suno do music generation?");
    expect(interpretation.concepts.map((c) => c.id)).toEqual(["suno", "music-generation"]);
    expect(answer.verdict).toBe("yes");
    const path = answer.paths[0].nodes.map((n) => n.id);
    expect([path[0], path[path.length - 1]]).toEqual(["suno", "music-generation"]);
    // MusicGen generates audio, the output of voiceover generation, but nothing says it is suited for voiceovers.
    const voice = await ask(store, "Can MusicGen do voiceover generation?");
    expect(voice.answer.verdict).toBe("not-recorded");
  });

  it("resolves typed names through search: plurals, aliases and spellings", async () => {
    for (const [q, ids] of [
      ["Are LLMs GenAI?", ["large-language-model", "generative-ai"]],
      ["Is DALLE a generative AI?", ["dall-e", "generative-ai"]],
      ["is chatgtp an llm", ["chatgpt", "large-language-model"]],
    ] as const) {
      expect((await ask(store, q)).interpretation.concepts.map((c) => c.id), q).toEqual(ids);
    }
  });

  it("says unknown, without guessing, when a phrase matches nothing", async () => {
    const { interpretation, answer } = await ask(store, "Is foo a large language model?");
    expect(interpretation.form).toBe("membership");
    expect(answer.verdict).toBe("unknown");
    expect(answer.text).toContain("“foo”");
    expect(answer.paths).toEqual([]);
  });

  it("offers the forms it knows and the concepts it recognised for a question it cannot read", async () => {
    const { interpretation, answer } = await ask(store, "Why do people like Midjourney and ChatGPT so much?");
    expect(interpretation).toEqual({ form: "unknown", concepts: [] });
    expect(answer.verdict).toBe("unknown");
    expect(answer.text).toContain('"Is X a Y?"');
    expect(answer.items.map((i) => i.id)).toEqual(expect.arrayContaining(["midjourney", "chatgpt"]));
  });

  it("gives no verdict to questions that are not yes/no", async () => {
    for (const q of ["Who made ChatGPT?", "What is a transformer?", "LLM vs GenAI", "What should I use for image generation?"]) {
      expect((await ask(store, q)).answer.verdict, q).toBeUndefined();
    }
  });

  it("never throws, whatever is typed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.constantFrom("Is ", "Can ", "Who made ", "What is ", "How are ", "Are all ").chain((start) => fc.string({ maxLength: 40 }).map((s) => `${start}${s}?`)),
        ),
        async (q) => {
          const result = await ask(store, q);
          expect(result.answer.text.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150, seed: 20261201 },
    );
  });
});
