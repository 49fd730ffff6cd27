// Regression tests on the curated graph for the answers that once contradicted the articles:
// LLMs recommended for image generation, and compare giving the LLM video outputs.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { glance } from "@/lib/graph/insights/glance";
import { readablePaths } from "@/lib/graph/path-rank";
import type { CompareResult } from "@/lib/graph/insights/insight-types";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { loadSeed } from "@/lib/graph/seed/load-seed";

let store: MemoryStore;
beforeAll(() => {
  store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
});

const values = (result: CompareResult, key: string, side: "a" | "b") => result.aspects.find((x) => x.key === key)![side];
/** What a concept holds itself: stated or inherited, never what only some of its members do. */
const heldBy = async (id: string, key: string) => {
  const other = id === "generative-ai" ? "artificial-intelligence" : "generative-ai";
  return values(await compareConcepts(store, id, other), key, "a").filter((v) => v.origin === "direct" || v.origin === "inherited");
};
const isLlm = async (id: string) => id === "large-language-model" || (await store.ancestors(id)).some((a) => a.id === "large-language-model");
/** An LLM itself, or built on one (ChatGPT on GPT-4). */
async function isLlmBased(id: string): Promise<boolean> {
  if (await isLlm(id)) return true;
  const builtOn = (await store.node(id)).relationships.filter((r) => r.type === "BUILT_ON" && r.direction === "out");
  for (const r of builtOn) if (await isLlm(r.node.id)) return true;
  return false;
}

describe("compare Large Language Model vs Generative AI", () => {
  let result: CompareResult;
  beforeAll(async () => {
    result = await compareConcepts(store, "large-language-model", "generative-ai");
  });

  it("gives the LLM text and code outputs only, the transformer for every LLM and autoregressive models for some", () => {
    const held = (key: string) => values(result, key, "a").filter((v) => v.origin !== "aggregated" && v.scope !== "some").map((v) => v.id).sort();
    expect(held("outputs")).toEqual(["code", "text"]);
    expect(held("architectures")).toEqual(["transformer"]);
    expect(values(result, "architectures", "a").find((v) => v.id === "autoregressive-model")).toMatchObject({ origin: "direct", scope: "some" });
    for (const key of ["outputs", "architectures", "tasks", "inputs"]) {
      expect(values(result, key, "a").filter((v) => v.origin === "inherited").map((v) => v.id), key).toEqual([]);
    }
  });

  it("gives Generative AI text, image, audio, video and 3D outputs, with the members they come from", () => {
    const outputs = values(result, "outputs", "b");
    expect(outputs.map((v) => v.id)).toEqual(expect.arrayContaining(["text", "image", "audio", "video", "3d"]));
    for (const v of outputs.filter((x) => ["text", "image", "audio", "video", "3d"].includes(x.id))) {
      // Never "every generative AI": each is said of some, and names the members that have it.
      expect(v.origin === "aggregated" || v.scope === "some", v.id).toBe(true);
      expect(v.members?.length, v.id).toBeGreaterThan(0);
    }
    expect(outputs.find((v) => v.id === "image")?.members?.map((m) => m.id)).toContain("image-generator");
  });

  it("does not give Generative AI the LLM's text-only limitation", () => {
    expect(values(result, "limitations", "b").some((v) => v.id === "text-only" && v.origin !== "aggregated")).toBe(false);
  });
});

describe("which should I use", () => {
  const nonText = [
    ["image-generation", "image"],
    ["video-generation", "video"],
    ["music-generation", "audio"],
    ["speech-synthesis", "audio"],
    ["3d-model-generation", "3d"],
  ] as const;

  it.each(nonText)("for %s lists no LLM, nothing text-only, and only tools that generate %s", async (task, modality) => {
    const result = await recommendForTask(store, task);
    expect(result.outputs.map((o) => o.id)).toEqual([modality]);
    expect(result.recommendations.length, task).toBeGreaterThan(0);
    for (const r of result.recommendations) {
      expect(["Model", "Product"], r.node.id).toContain(r.node.kind);
      expect(await isLlm(r.node.id), `${r.node.id} is an LLM`).toBe(false);
      expect((await heldBy(r.node.id, "limitations")).map((v) => v.id), r.node.id).not.toContain("text-only");
      expect((await heldBy(r.node.id, "outputs")).map((v) => v.id), r.node.id).toContain(modality);
    }
  });

  it("for code generation lists no image, audio or video generator, and only tools that write code", async () => {
    // A multimodal LLM such as GPT-4o may appear: every LLM is suited for code generation, and it also makes images.
    const result = await recommendForTask(store, "code-generation");
    expect(result.recommendations.map((r) => r.node.id)).toContain("github-copilot");
    for (const r of result.recommendations) {
      const outputs = (await heldBy(r.node.id, "outputs")).map((v) => v.id);
      expect(outputs, r.node.id).toContain("code");
      const ancestors = (await store.ancestors(r.node.id)).map((a) => a.id);
      for (const generator of ["image-generator", "audio-generator", "video-generator"]) expect(ancestors, r.node.id).not.toContain(generator);
    }
  });

  it.each(["summarization", "translation"])("for %s leads with LLM-based models and products", async (task) => {
    const { recommendations } = await recommendForTask(store, task);
    expect(recommendations.length).toBeGreaterThan(2);
    for (const r of recommendations.slice(0, 3)) expect(await isLlmBased(r.node.id), r.node.id).toBe(true);
  });

  it("puts things a person can use first, and categories only as the reason", async () => {
    const result = await recommendForTask(store, "image-generation");
    expect(result.recommendations.map((r) => r.node.id)).toEqual(expect.arrayContaining(["midjourney", "stable-diffusion"]));
    expect(result.recommendations.some((r) => r.node.id === "generative-ai")).toBe(false);
    const genai = result.kinds.find((k) => k.node.id === "generative-ai");
    if (genai) expect(genai.scope).toBe("some");
  });
});

describe("at a glance on the curated graph", () => {
  it("puts GPT-4's outputs up front: what it and every LLM generate, and no video", async () => {
    const gpt4 = await glance(store, "gpt-4");
    const generates = gpt4.rows.find((r) => r.key === "generates")!.values.map((v) => v.id);
    expect(generates).toContain("text");
    expect(generates).not.toContain("video");
    expect(gpt4.rows.find((r) => r.key === "parents")!.values.map((v) => v.id)).toContain("large-language-model");
  });
});

describe("ranking by relevance", () => {
  it("ranks the tools named for a task first, then the narrower family over every LLM: Claude before T5 for content writing", async () => {
    const { recommendations } = await recommendForTask(store, "content-writing");
    const at = (id: string) => recommendations.findIndex((r) => r.node.id === id);
    for (const claude of ["claude-3", "claude-3-opus", "claude-3-5"]) {
      expect(at(claude), claude).toBeGreaterThanOrEqual(0);
      for (const broad of ["t5", "phi-2", "openelm"]) expect(at(claude), `${claude} before ${broad}`).toBeLessThan(at(broad));
    }
    const tiers = recommendations.map((r) => r.tier);
    expect(tiers).toEqual([...tiers].sort());
  });

  it("lists a node's own claims before what it inherits, for every node of the seed", async () => {
    const { nodes } = await store.graph({ limit: 5000 });
    const order = { direct: 0, inherited: 1, through: 1 };
    for (const node of nodes) {
      for (const row of (await glance(store, node.id)).rows) {
        const ranks = row.values.map((v) => order[v.origin]);
        expect(ranks, `${node.id} ${row.key}`).toEqual([...ranks].sort());
      }
    }
    const codeLlama = (await glance(store, "code-llama")).rows.find((r) => r.key === "suitedFor")!.values;
    expect(codeLlama[0]).toMatchObject({ id: "code-debugging", origin: "direct" });
  });
});

describe("paths that mean something", () => {
  it("leads Midjourney → Transformer with a path that passes no modality, and keeps the shortcut after it", async () => {
    const found = await readablePaths(store, { from: "midjourney", to: "transformer", directed: false, maxHops: 6, mode: "shortest", limit: 10 });
    expect(found.length).toBeGreaterThan(1);
    expect(found[0].nodes.map((n) => n.kind)).not.toContain("Modality");
    const shortest = Math.min(...found.map((p) => p.relationships.length));
    expect(found.some((p) => p.relationships.length === shortest && p.nodes.some((n) => n.kind === "Modality"))).toBe(true);
  });
});
