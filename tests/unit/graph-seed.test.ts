// The curated graph itself: coverage, and the articles' FAQ answers read off its structure.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import type { Seed } from "@/lib/graph/seed/seed-types";

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
});
