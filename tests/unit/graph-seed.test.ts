// The curated graph itself: coverage, and the articles' FAQ answers read off its structure.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { SeedGraph } from "@/lib/graph/seed/check-contradictions";
import { checkSeedDir, loadSeed } from "@/lib/graph/seed/load-seed";
import type { Seed } from "@/lib/graph/seed/seed-types";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { recommendForTask } from "@/lib/graph/insights/recommend";

let seed: Seed;
let store: MemoryStore;
const isaAncestors = async (id: string) => (await store.ancestors(id)).map((a) => a.id);

beforeAll(() => {
  seed = loadSeed(path.join(__dirname, "../../graph-seed"));
  store = new MemoryStore(seed);
});

describe("graph-seed", () => {
  it("is large enough and uses the three core types", () => {
    expect(seed.sources).toHaveLength(5);
    expect(seed.nodes.length).toBeGreaterThanOrEqual(150);
    expect(seed.relationships.length).toBeGreaterThanOrEqual(300);
    for (const type of ["IS_A", "USES_ARCHITECTURE", "SUITED_FOR"]) {
      expect(seed.relationships.filter((r) => r.type === type).length, type).toBeGreaterThanOrEqual(20);
    }
  });

  it("cites every source article somewhere", () => {
    const cited = new Set(seed.relationships.flatMap((r) => r.sources.map((s) => s.id)));
    expect([...cited].sort()).toEqual(seed.sources.map((s) => s.id).sort());
  });

  it("says every LLM is generative AI, and not every generative AI is an LLM", async () => {
    expect(await isaAncestors("large-language-model")).toContain("generative-ai");
    expect(await isaAncestors("generative-ai")).not.toContain("large-language-model");
    const genai = (await store.descendants("generative-ai", 1000)).items.map((d) => d.id);
    const llm = new Set((await store.descendants("large-language-model", 1000)).items.map((d) => d.id));
    expect(genai.filter((id) => !llm.has(id) && id !== "large-language-model").length).toBeGreaterThan(5);
  });

  it("says ChatGPT is both a product built on an LLM and within generative AI", async () => {
    const chatgpt = await store.node("chatgpt");
    expect(chatgpt.node.kind).toBe("Product");
    const builtOn = chatgpt.relationships.filter((r) => r.type === "BUILT_ON" && r.direction === "out").map((r) => r.node.id);
    expect(builtOn.length).toBeGreaterThan(0);
    for (const base of builtOn) expect([base, ...(await isaAncestors(base))], base).toContain("large-language-model");
    expect(await isaAncestors("chatgpt")).toContain("generative-ai");
  });

  it("says generative AI exists without LLMs: diffusion models and GANs", async () => {
    // Generative AI uses these architectures; an architecture is not a kind of generative AI (issue #11).
    const genaiArchitectures = (await store.node("generative-ai")).relationships
      .filter((r) => r.type === "USES_ARCHITECTURE" && r.direction === "out")
      .map((r) => r.node.id);
    for (const arch of ["diffusion-model", "gan"]) {
      expect(genaiArchitectures, arch).toContain(arch);
      const ancestors = await isaAncestors(arch);
      expect(ancestors, arch).not.toContain("generative-ai");
      expect(ancestors, arch).not.toContain("large-language-model");
    }
    const diffusionUsers = (await store.node("diffusion-model")).relationships.filter((r) => r.type === "USES_ARCHITECTURE" && r.direction === "in");
    for (const user of diffusionUsers) expect(await isaAncestors(user.node.id), user.node.id).not.toContain("large-language-model");
    expect(diffusionUsers.length).toBeGreaterThan(0);
  });

  it("says LLMs are transformer-based", async () => {
    const llm = await store.node("large-language-model");
    expect(llm.relationships).toContainEqual(expect.objectContaining({ type: "USES_ARCHITECTURE", direction: "out", node: expect.objectContaining({ id: "transformer" }) }));
  });

  it("answers LLM → Generative AI with a path", async () => {
    const [path] = await store.paths({ from: "large-language-model", to: "generative-ai", directed: true, maxHops: 6, mode: "shortest", limit: 5 });
    expect(path.relationships.map((r) => r.type)).toEqual(["IS_A"]);
  });

  it("compares LLM and Generative AI as the articles do", async () => {
    const result = await compareConcepts(store, "large-language-model", "generative-ai");
    expect(result.relation.statement).toBe("Every Large Language Model is a Generative AI; not every Generative AI is a Large Language Model.");
    const architectures = result.aspects.find((x) => x.key === "architectures")!;
    expect(architectures.a.find((v) => v.id === "transformer")?.origin).toBe("direct");
    expect(architectures.b.map((v) => v.id)).toEqual(expect.arrayContaining(["transformer", "diffusion-model", "gan"]));
  });

  it("finds no IS_A path between GPT-4 and Midjourney, and derives their lowest common ancestors", async () => {
    const result = await compareConcepts(store, "gpt-4", "midjourney");
    expect(result.relation.aIsB || result.relation.bIsA).toBe(false);
    const up = async (id: string) => new Set([id, ...(await isaAncestors(id))]);
    const [a, b] = [await up("gpt-4"), await up("midjourney")];
    expect(result.commonAncestors.length).toBeGreaterThan(0);
    for (const lca of result.commonAncestors) {
      expect(a.has(lca.id) && b.has(lca.id), lca.id).toBe(true);
      // Nothing below it is common to both.
      for (const below of (await store.descendants(lca.id, 1000)).items) expect(a.has(below.id) && b.has(below.id), below.id).toBe(false);
    }
    expect(result.commonAncestors.map((n) => n.id)).toContain("generative-ai");
  });

  it("recommends LLMs first for customer support", async () => {
    // Recommendations are models and products; the categories suited for the task are listed as kinds.
    const { recommendations, kinds } = await recommendForTask(store, "customer-support");
    expect(kinds.map((k) => k.node.id)).toContain("large-language-model");
    expect(recommendations.length).toBeGreaterThan(0);
    expect(await isaAncestors(recommendations[0].node.id)).toContain("large-language-model");
  });

  it("ranks a diffusion-based product above any LLM for image generation", async () => {
    const { recommendations } = await recommendForTask(store, "image-generation");
    const ids = recommendations.map((r) => r.node.id);
    const isLlm = async (id: string) => id === "large-language-model" || (await isaAncestors(id)).includes("large-language-model");
    const usesDiffusion = async (id: string) =>
      (await store.node(id)).relationships.some((r) => r.type === "USES_ARCHITECTURE" && r.direction === "out" && r.node.id === "diffusion-model");
    let firstDiffusionProduct = -1;
    for (const [i, r] of recommendations.entries()) {
      if (r.node.kind === "Product" && (await usesDiffusion(r.node.id))) {
        firstDiffusionProduct = i;
        break;
      }
    }
    expect(firstDiffusionProduct).toBeGreaterThanOrEqual(0);
    for (const [i, id] of ids.entries()) if (await isLlm(id)) expect(i, id).toBeGreaterThan(firstDiffusionProduct);
  });
  it("follows AI > machine learning > deep learning > generative AI > LLM over IS_A", async () => {
    const up = await isaAncestors("large-language-model");
    for (const id of ["generative-ai", "deep-learning", "machine-learning", "artificial-intelligence"]) expect(up, id).toContain(id);
    expect((await store.node("deep-learning")).node.kind).toBe("Category");
    expect((await store.node("machine-learning")).node.kind).toBe("Category");
  });

  it("keeps multimodal models, BERT and language representation models out of the LLM category", async () => {
    for (const id of ["multimodal-model", "bert", "language-representation-model"]) {
      expect(await isaAncestors(id), id).not.toContain("large-language-model");
    }
    expect(await isaAncestors("multimodal-model")).toContain("generative-ai");
    const bertOut = (await store.node("bert")).relationships.filter((r) => r.direction === "out");
    expect(bertOut.some((r) => r.type === "GENERATES")).toBe(false);
  });

  it("states no image input for LLMs as a whole, and records who disputes that every LLM is text-only", async () => {
    const llm = await store.node("large-language-model");
    const out = (type: string) => llm.relationships.filter((r) => r.type === type && r.direction === "out");
    expect(out("ACCEPTS").map((r) => r.node.id)).not.toContain("image");
    const textOnly = seed.relationships.find((r) => r.from === "large-language-model" && r.type === "HAS_LIMITATION" && r.to === "text-only");
    expect(textOnly?.scope).toBe("every");
    expect(textOnly?.disputedBy?.map((d) => d.id)).toContain("llm-genai-2025-guide");
  });

  it("states the scope of every category claim, and says why a 'some' is not every member", () => {
    expect(checkSeedDir(path.join(__dirname, "../../graph-seed"), { explicitScope: true }).problems).toEqual([]);
  });

  it("says every LLM uses transformers, and gives each LLM named in the transformer sentence its own edge", () => {
    const edge = (from: string) => seed.relationships.find((r) => r.from === from && r.type === "USES_ARCHITECTURE" && r.to === "transformer");
    expect(edge("large-language-model")?.scope).toBe("every");
    for (const id of ["gpt-5", "gemini", "llama-3"]) expect(edge(id), id).toBeDefined();
  });

  it("gives one scope to the claims of one sentence: LLMs for chatbots, content writing and code generation", () => {
    const scopes = ["chatbot-conversation", "content-writing", "code-generation"].map(
      (task) => seed.relationships.find((r) => r.from === "large-language-model" && r.type === "SUITED_FOR" && r.to === task)?.scope,
    );
    expect(scopes).toEqual(["every", "every", "every"]);
  });

  it("suits MusicGen for music only, never for voiceovers or speech, and lets 'music' name the task", () => {
    const suited = new SeedGraph(seed.nodes, seed.relationships).holds("musicgen", "SUITED_FOR").map((d) => d.node.id);
    expect(suited).toContain("music-generation");
    for (const task of ["voiceover-generation", "speech-synthesis"]) expect(suited).not.toContain(task);
    const named = (alias: string) => seed.nodes.filter((n) => n.aliases.map((a) => a.toLowerCase()).includes(alias)).map((n) => n.id);
    expect(named("music")).toEqual(["music-generation"]);
  });

  it("records both sides of the cost comparison and gives Claude its own content-writing edge", () => {
    const llm = seed.nodes.find((n) => n.id === "large-language-model")!;
    expect(llm.facts.cheaperToDeployThan).toEqual(["multimodal-model"]);
    const training = seed.relationships.find((r) => r.from === "large-language-model" && r.type === "HAS_LIMITATION" && r.to === "high-training-cost");
    expect(training?.disputedBy?.map((d) => d.id)).toContain("llm-genai-2025-guide");
    expect(seed.relationships.some((r) => r.from === "claude" && r.type === "SUITED_FOR" && r.to === "content-writing")).toBe(true);
  });

  it("gives every generation task its output modality", () => {
    const outputs = (task: string) => seed.relationships.filter((r) => r.from === task && r.type === "GENERATES").map((r) => r.to);
    const expected: Record<string, string> = {
      "image-generation": "image", "video-generation": "video", "music-generation": "audio", "speech-synthesis": "audio",
      "voiceover-generation": "audio", "3d-model-generation": "3d", "code-generation": "code", "text-generation": "text",
      summarization: "text", translation: "text", "content-writing": "text",
    };
    for (const [task, modality] of Object.entries(expected)) expect(outputs(task), task).toEqual([modality]);
  });
});
