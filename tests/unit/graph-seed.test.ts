// The curated graph itself: coverage, and the articles' FAQ answers read off its structure.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
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
    for (const arch of ["diffusion-model", "gan"]) {
      const ancestors = await isaAncestors(arch);
      expect(ancestors, arch).toContain("generative-ai");
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
    const { recommendations } = await recommendForTask(store, "customer-support");
    expect(recommendations[0].node.id).toBe("large-language-model");
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
});
