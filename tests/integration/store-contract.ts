// The contract every GraphStore keeps. Run against the contract fixture seed by each store's
// test file, so the Neo4j store is held to exactly the answers of the embedded one.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/errors";
import { relationshipId } from "@/lib/graph/schema";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import type { GraphPath, GraphStore, PathQuery } from "@/lib/graph/types";
import { oraclePaths } from "../support/path-oracle";

export const CONTRACT_SEED_DIR = path.join(__dirname, "../fixtures/contract-seed");
const seed = loadSeed(CONTRACT_SEED_DIR);
const ids = (list: { id: string }[]) => list.map((x) => x.id);
const asIds = (paths: GraphPath[]) => paths.map((p) => ({ nodeIds: ids(p.nodes), relIds: ids(p.relationships) }));
const pathQuery = (q: Partial<PathQuery> & { from: string; to: string }): PathQuery => ({
  directed: false,
  maxHops: 6,
  mode: "shortest",
  limit: 5,
  ...q,
});

async function expectGraphError(promise: Promise<unknown>, code: GraphError["code"]) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof GraphError && e.code === code);
}

export function storeContract(name: string, makeStore: () => Promise<GraphStore>) {
  describe(`${name} store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });

    describe("counts and graph", () => {
      it("counts every node and relationship of the seed", async () => {
        expect(await store.counts()).toEqual({ nodes: seed.nodes.length, relationships: seed.relationships.length });
      });

      it("returns the whole graph, sorted by id, untruncated", async () => {
        const view = await store.graph({ limit: 2000 });
        expect(view.truncated).toBe(false);
        expect(view.totalNodes).toBe(seed.nodes.length);
        expect(ids(view.nodes)).toEqual(seed.nodes.map((n) => n.id).sort());
        expect(ids(view.relationships)).toEqual(seed.relationships.map((r) => relationshipId(r.from, r.type, r.to)).sort());
        const rel = view.relationships.find((r) => r.id === "large-language-model--IS_A--generative-ai");
        expect(rel).toEqual({
          id: "large-language-model--IS_A--generative-ai",
          type: "IS_A",
          source: "large-language-model",
          target: "generative-ai",
          sources: [
            { id: "alpha", title: "Alpha article" },
            { id: "beta", title: "Beta article", section: "FAQ" },
          ],
        });
        expect(view.relationships.find((r) => r.id === "chatgpt--BUILT_ON--gpt-4")?.note).toBe("Beta says GPT-5.");
      });

      it("filters by kind, keeping only relationships inside the kept nodes", async () => {
        const view = await store.graph({ kinds: ["Category"], limit: 2000 });
        expect(ids(view.nodes)).toEqual(["generative-ai", "island-a", "island-b", "large-language-model", "multimodal-model"]);
        expect(ids(view.relationships)).toEqual([
          "island-a--IS_A--island-b",
          "large-language-model--IS_A--generative-ai",
          "multimodal-model--IS_A--generative-ai",
        ]);
      });

      it("filters by relationship type", async () => {
        const view = await store.graph({ types: ["DEVELOPED_BY", "BUILT_ON"], limit: 2000 });
        expect(view.nodes).toHaveLength(seed.nodes.length);
        expect(new Set(view.relationships.map((r) => r.type))).toEqual(new Set(["DEVELOPED_BY", "BUILT_ON"]));
        expect(view.relationships).toHaveLength(5);
      });

      it("keeps the best-connected nodes when the limit cuts, and says so", async () => {
        const view = await store.graph({ limit: 3 });
        expect(view.truncated).toBe(true);
        expect(view.totalNodes).toBe(seed.nodes.length);
        const degree = (id: string) => seed.relationships.filter((r) => r.from === id || r.to === id).length;
        const expected = seed.nodes
          .map((n) => n.id)
          .sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1))
          .slice(0, 3)
          .sort();
        expect(ids(view.nodes)).toEqual(expected);
        for (const r of view.relationships) expect(expected).toEqual(expect.arrayContaining([r.source, r.target]));
      });

      it("answers a limit equal to the size as untruncated", async () => {
        expect((await store.graph({ limit: seed.nodes.length })).truncated).toBe(false);
      });
    });

    describe("node details", () => {
      it("returns the node with facts and relationships in both directions", async () => {
        const details = await store.node("gpt-4");
        expect(details.node).toEqual({
          id: "gpt-4",
          name: "GPT-4",
          kind: "Model",
          aliases: ["GPT4", "GPT 4"],
          summary: "A large model.",
          developer: "OpenAI",
          releaseYear: 2023,
          openSource: false,
          openSourceSources: ["alpha"],
          modalities: ["text", "image"],
        });
        const rels = details.relationships;
        expect(rels).toHaveLength(8);
        expect(rels.find((r) => r.id === "chatgpt--BUILT_ON--gpt-4")).toEqual({
          id: "chatgpt--BUILT_ON--gpt-4",
          type: "BUILT_ON",
          direction: "in",
          node: { id: "chatgpt", name: "ChatGPT", kind: "Product" },
          sources: [{ id: "alpha", title: "Alpha article" }],
          note: "Beta says GPT-5.",
        });
        expect(rels.find((r) => r.id === "gpt-4--IS_A--large-language-model")).toMatchObject({
          direction: "out",
          node: { id: "large-language-model" },
          sources: [{ id: "alpha", title: "Alpha article", section: "Popular LLMs" }],
        });
        // Ordered by type, then outgoing first, then neighbour id.
        expect(rels.map((r) => `${r.type}:${r.direction}:${r.node.id}`)).toEqual([
          "ACCEPTS:out:image",
          "ACCEPTS:out:text",
          "BUILT_ON:in:chatgpt",
          "DEVELOPED_BY:out:openai",
          "GENERATES:out:text",
          "IS_A:out:large-language-model",
          "IS_A:out:multimodal-model",
          "USES_ARCHITECTURE:out:transformer",
        ]);
      });

      it("gives a node without facts only its core fields", async () => {
        expect((await store.node("openai")).node).toEqual({ id: "openai", name: "OpenAI", kind: "Organization", aliases: [], summary: "A lab." });
      });

      it("throws not_found for an unknown id", async () => {
        await expectGraphError(store.node("no-such-node"), "not_found");
      });
    });

    describe("batch details and IS_A reach", () => {
      it("returns details for several ids in order, leaving out unknown ones", async () => {
        const list = await store.nodes(["openai", "no-such-node", "gpt-4"]);
        expect(list.map((d) => d.node.id)).toEqual(["openai", "gpt-4"]);
        expect(list[1]).toEqual(await store.node("gpt-4"));
        expect(await store.nodes([])).toEqual([]);
      });

      it("walks IS_A upwards with the first shortest chain to each ancestor", async () => {
        expect(await store.ancestors("gpt-4")).toEqual([
          { id: "large-language-model", name: "Large Language Model", kind: "Category", depth: 1, chain: ["gpt-4", "large-language-model"] },
          { id: "multimodal-model", name: "Multimodal model", kind: "Category", depth: 1, chain: ["gpt-4", "multimodal-model"] },
          { id: "generative-ai", name: "Generative AI", kind: "Category", depth: 2, chain: ["gpt-4", "large-language-model", "generative-ai"] },
        ]);
        expect(await store.ancestors("generative-ai")).toEqual([]);
      });

      it("walks IS_A downwards, capped and counted", async () => {
        const all = await store.descendants("generative-ai", 50);
        expect(all.total).toBe(6);
        expect(all.items.map((d) => `${d.depth}:${d.id}`)).toEqual([
          "1:chatgpt",
          "1:dall-e-3",
          "1:large-language-model",
          "1:multimodal-model",
          "2:gpt-4",
          "2:gpt-4o",
        ]);
        expect(all.items.find((d) => d.id === "gpt-4")?.chain).toEqual(["gpt-4", "large-language-model", "generative-ai"]);
        const capped = await store.descendants("generative-ai", 2);
        expect(capped).toEqual({ items: all.items.slice(0, 2), total: 6 });
      });

      it("throws not_found for an unknown start", async () => {
        await expectGraphError(store.ancestors("nowhere"), "not_found");
        await expectGraphError(store.descendants("nowhere", 5), "not_found");
      });
    });

    describe("compare and recommendations", () => {
      it("derives LLM vs Generative AI from IS_A reachability both ways", async () => {
        const result = await compareConcepts(store, "large-language-model", "generative-ai");
        expect(result.relation).toMatchObject({
          statement: "Every Large Language Model is a Generative AI; not every Generative AI is a Large Language Model.",
          aIsB: true,
          bIsA: false,
          path: null,
        });
        expect(result.relation.direct.map((r) => r.id)).toEqual(["large-language-model--IS_A--generative-ai"]);
        expect(result.commonAncestors.map((n) => n.id)).toEqual(["generative-ai"]);
        const architectures = result.aspects.find((x) => x.key === "architectures")!;
        expect(architectures.a).toEqual([
          {
            id: "transformer",
            name: "Transformer",
            kind: "Architecture",
            origin: "direct",
            scope: "some",
            examples: 1,
            members: [{ id: "gpt-4", name: "GPT-4", kind: "Model" }],
            // The statement's own articles, then the member's that bear it out.
            sources: [
              { id: "alpha", title: "Alpha article" },
              { id: "beta", title: "Beta article" },
              { id: "alpha", title: "Alpha article", section: "Popular LLMs" },
            ],
          },
        ]);
        // Generative AI has transformer only because its examples do: aggregated, with the chain. ChatGPT holds it
        // through GPT-4, which it is built on; LLM states it of some members only, so it is not one of them.
        const aggregated = architectures.b.find((v) => v.id === "transformer")!;
        expect(aggregated).toMatchObject({ origin: "aggregated", examples: 2 });
        expect(aggregated.members?.map((n) => n.id)).toEqual(["chatgpt", "gpt-4"]);
        expect(aggregated.via?.map((n) => n.id)).toEqual(["chatgpt", "generative-ai"]);
        expect(architectures.shared).toEqual(["transformer"]);
        expect(architectures.b.find((v) => v.id === "diffusion-model")).toMatchObject({ origin: "aggregated", examples: 1 });
        const examples = result.aspects.find((x) => x.key === "examples")!;
        expect(examples.total).toEqual({ a: 1, b: 6 });
        expect(examples.b.find((v) => v.id === "gpt-4")).toMatchObject({ origin: "transitive" });
      });

      it("marks values inherited from an ancestor, with the chain and its sources", async () => {
        const result = await compareConcepts(store, "gpt-4", "dall-e-3");
        const tasks = result.aspects.find((x) => x.key === "tasks")!;
        const support = tasks.a.find((v) => v.id === "customer-support")!;
        expect(support.origin).toBe("inherited");
        expect(support.via?.map((n) => n.id)).toEqual(["gpt-4", "large-language-model"]);
        expect(support.sources).toEqual([
          { id: "alpha", title: "Alpha article", section: "Popular LLMs" },
          { id: "alpha", title: "Alpha article" },
        ]);
        expect(tasks.b).toEqual([expect.objectContaining({ id: "image-generation", origin: "direct" })]);
        expect(result.aspects.find((x) => x.key === "developers")!.shared).toEqual(["openai"]);
      });

      it("finds no IS_A path between GPT-4 and DALL·E 3 and derives their lowest common ancestor", async () => {
        const result = await compareConcepts(store, "gpt-4", "dall-e-3");
        expect(result.relation.aIsB || result.relation.bIsA).toBe(false);
        expect(result.relation.direct).toEqual([]);
        // Two hops through a shared modality or a shared developer; the modality is a hub, so the developer comes first.
        expect(result.relation.path?.nodes.map((n) => n.id)).toEqual(["gpt-4", "openai", "dall-e-3"]);
        expect(result.commonAncestors.map((n) => n.id)).toEqual(["generative-ai"]);
        expect(result.relation.statement).toBe("GPT-4 and DALL·E 3 are not kinds of each other; both are kinds of Generative AI.");
      });

      it("refuses to compare a concept with itself, and unknown ids", async () => {
        await expectGraphError(compareConcepts(store, "gpt-4", "gpt-4"), "bad_request");
        await expectGraphError(compareConcepts(store, "gpt-4", "nowhere"), "not_found");
      });

      it("recommends models and products: direct, then through a category suited as a whole", async () => {
        const support = await recommendForTask(store, "customer-support");
        expect(support.recommendations.map((r) => `${r.tier}:${r.node.id}`)).toEqual(["1:chatgpt", "2:gpt-4"]);
        expect(support.recommendations[1].reason).toBe("GPT-4 is a Large Language Model, and every Large Language Model is suited for Customer support.");
        expect(support.recommendations[1].path.nodes.map((n) => n.id)).toEqual(["gpt-4", "large-language-model", "customer-support"]);
        // The category is the reason, not a pick.
        expect(support.kinds).toEqual([
          expect.objectContaining({ node: expect.objectContaining({ id: "large-language-model" }), scope: "every", examples: [expect.objectContaining({ id: "gpt-4" })] }),
        ]);
        const images = await recommendForTask(store, "image-generation");
        expect(images.recommendations.map((r) => `${r.tier}:${r.node.id}`)).toEqual(["1:dall-e-3"]);
        // "Diffusion model" is only said of some diffusion models' users here, so DALL·E 3 is its example, not its heir.
        expect(images.kinds.map((k) => `${k.node.id}:${k.scope}:${k.examples.map((e) => e.id).join(",")}`)).toEqual(["diffusion-model:some:dall-e-3"]);
      });

      it("answers a non-task with bad_request and an unknown id with not_found", async () => {
        await expectGraphError(recommendForTask(store, "gpt-4"), "bad_request");
        await expectGraphError(recommendForTask(store, "nowhere"), "not_found");
      });
    });

    describe("search", () => {
      const top = async (q: string) => (await store.search({ q, limit: 10 }))[0];

      it("finds an exact alias, case-insensitively, and says what matched", async () => {
        expect(await top("genai")).toEqual({ id: "generative-ai", name: "Generative AI", kind: "Category", matched: "GenAI" });
        expect(await top("llm")).toMatchObject({ id: "large-language-model", matched: "LLM" });
      });

      it("treats dall-e, DALLE and DALL·E as one", async () => {
        for (const q of ["dall-e", "DALLE", "DALL·E", "Dall e"]) expect((await top(q))?.id).toBe("dall-e");
      });

      it("ranks exact > prefix > word > substring > any-order > typo", async () => {
        const results = await store.search({ q: "gpt", limit: 10 });
        expect(ids(results).slice(0, 2)).toEqual(["gpt-4", "gpt-4o"]);
        expect(ids(await store.search({ q: "chat", limit: 10 }))).toEqual(["chatgpt"]);
        expect(await top("language")).toMatchObject({ id: "large-language-model", matched: "Large Language Model" });
        expect(await top("anguage model")).toMatchObject({ id: "large-language-model" });
        expect(await top("chatgtp")).toMatchObject({ id: "chatgpt" });
        expect(await top("trasnformer")).toMatchObject({ id: "transformer" });
        const model = ids(await store.search({ q: "model", limit: 10 }));
        // "Multimodal model" and "Large Language Model" match at word level, "Diffusion model" too: shortest name first.
        expect(model).toEqual(["diffusion-model", "multimodal-model", "large-language-model"]);
      });

      it("finds every typed word in any order, each at a word's start, after every in-order match", async () => {
        expect(await top("generation image")).toEqual({ id: "image-generation", name: "Image generation", kind: "Task", matched: "Image generation" });
        expect(await top("ai gen")).toMatchObject({ id: "generative-ai", matched: "Generative AI" });
        expect(ids(await store.search({ q: "model lar", limit: 10 }))).toEqual(["large-language-model"]);
        // "l model" runs on inside "multimodaL MODEL" (substring, in order), starts "Large … Model" (any order),
        // and is one letter from "model" in "Diffusion model" (typo).
        expect(ids(await store.search({ q: "l model", limit: 10 }))).toEqual(["multimodal-model", "large-language-model", "diffusion-model"]);
        // "mage" lies inside "image", at no word's start.
        expect(await store.search({ q: "generation mage", limit: 10 })).toEqual([]);
      });

      it("puts an exact match above a prefix match", async () => {
        expect(ids(await store.search({ q: "dall-e", limit: 10 }))).toEqual(["dall-e", "dall-e-3"]);
      });

      it("honours the limit and returns nothing for no match", async () => {
        expect(await store.search({ q: "a", limit: 2 })).toHaveLength(2);
        expect(await store.search({ q: "zzzzqqq", limit: 10 })).toEqual([]);
        expect(await store.search({ q: "·-·", limit: 10 })).toEqual([]);
      });
    });

    describe("paths", () => {
      it("returns every shortest path in order, each hop joining its two nodes", async () => {
        const paths = await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai" }));
        expect(paths.map((p) => ids(p.nodes))).toEqual([
          ["gpt-4", "chatgpt", "generative-ai"],
          ["gpt-4", "large-language-model", "generative-ai"],
          ["gpt-4", "multimodal-model", "generative-ai"],
        ]);
        for (const p of paths) {
          p.relationships.forEach((r, i) => {
            expect(new Set([r.source, r.target])).toEqual(new Set([p.nodes[i].id, p.nodes[i + 1].id]));
          });
        }
        // Stored direction is kept even when walked backwards.
        expect(paths[0].relationships[0]).toEqual({ id: "chatgpt--BUILT_ON--gpt-4", type: "BUILT_ON", source: "chatgpt", target: "gpt-4" });
        expect(paths[0].nodes[1]).toEqual({ id: "chatgpt", name: "ChatGPT", kind: "Product" });
      });

      it("follows only the stored direction when directed", async () => {
        const directed = await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", directed: true }));
        expect(directed.map((p) => ids(p.nodes))).toEqual([
          ["gpt-4", "large-language-model", "generative-ai"],
          ["gpt-4", "multimodal-model", "generative-ai"],
        ]);
        expect(await store.paths(pathQuery({ from: "generative-ai", to: "gpt-4", directed: true }))).toEqual([]);
      });

      it("restricts the relationship types", async () => {
        const paths = await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", types: ["IS_A"] }));
        expect(paths).toHaveLength(2);
        expect(await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", types: ["DEVELOPED_BY"] }))).toEqual([]);
      });

      it("lists parallel relationships as separate paths, by relationship id", async () => {
        const paths = await store.paths(pathQuery({ from: "gpt-4", to: "text" }));
        expect(paths.map((p) => ids(p.relationships))).toEqual([["gpt-4--ACCEPTS--text"], ["gpt-4--GENERATES--text"]]);
      });

      it("respects maxHops and the limit", async () => {
        expect(await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", maxHops: 1 }))).toEqual([]);
        expect(await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", limit: 1 }))).toHaveLength(1);
      });

      it("returns one single-node path when from equals to", async () => {
        expect(await store.paths(pathQuery({ from: "openai", to: "openai" }))).toEqual([
          { nodes: [{ id: "openai", name: "OpenAI", kind: "Organization" }], relationships: [] },
        ]);
      });

      it("returns no path between disconnected nodes", async () => {
        expect(await store.paths(pathQuery({ from: "gpt-4", to: "island-a", maxHops: 10 }))).toEqual([]);
      });

      it("throws not_found for an unknown endpoint", async () => {
        await expectGraphError(store.paths(pathQuery({ from: "gpt-4", to: "nowhere" })), "not_found");
        await expectGraphError(store.paths(pathQuery({ from: "nowhere", to: "gpt-4" })), "not_found");
      });

      it("in mode=all returns simple paths, shortest first, up to the limit", async () => {
        const paths = await store.paths(pathQuery({ from: "gpt-4", to: "generative-ai", mode: "all", maxHops: 3, limit: 50 }));
        expect(paths.length).toBeGreaterThan(3);
        expect(paths.slice(0, 3).map((p) => p.relationships.length)).toEqual([2, 2, 2]);
        for (const p of paths) expect(new Set(ids(p.nodes)).size).toBe(p.nodes.length);
      });

      it("is deterministic", async () => {
        const q = pathQuery({ from: "dall-e", to: "customer-support", mode: "all", maxHops: 6, limit: 20 });
        expect(await store.paths(q)).toEqual(await store.paths(q));
      });

      it("matches a brute-force enumeration for every pair and setting", async () => {
        const nodeIds = seed.nodes.map((n) => n.id);
        const settings: Partial<PathQuery>[] = [
          { mode: "shortest", limit: 50, maxHops: 6 },
          { mode: "all", limit: 7, maxHops: 4 },
          { mode: "shortest", directed: true, limit: 50, maxHops: 6 },
          { mode: "all", types: ["IS_A", "USES_ARCHITECTURE", "DEVELOPED_BY"], limit: 50, maxHops: 5 },
        ];
        let compared = 0;
        for (const setting of settings) {
          for (const from of nodeIds) {
            for (const to of nodeIds.filter((_, i) => i % 3 === nodeIds.indexOf(from) % 3)) {
              const q = pathQuery({ from, to, ...setting });
              expect(asIds(await store.paths(q)), `${from} → ${to} ${JSON.stringify(setting)}`).toEqual(oraclePaths(seed, q));
              compared++;
            }
          }
        }
        expect(compared).toBeGreaterThan(300);
      });
    });
  });
}
