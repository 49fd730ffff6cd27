import { describe, expect, it } from "vitest";
import { closestNames, similarity } from "@/lib/ui/closest-names";
import type { Kind } from "@/lib/graph/schema";

const node = (id: string, name: string, kind: Kind = "Model", aliases: string[] = []) => ({ id, name, kind, aliases });
const nodes = [
  node("stable-diffusion", "Stable Diffusion"),
  node("midjourney", "Midjourney", "Product"),
  node("transformer", "Transformer", "Architecture"),
  node("text-only", "Text-Only Modality", "Limitation", ["cannot handle images or audio"]),
  node("large-language-model", "Large Language Model", "Category", ["LLM"]),
];

describe("closest names when a search finds nothing", () => {
  it("scores the same text 1, unrelated text 0", () => {
    expect(similarity("transformer", "transformer")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
  });

  it("offers names with several typos, best first", () => {
    expect(closestNames("stabel difusion", nodes).map((n) => n.id)).toEqual(["stable-diffusion"]);
    expect(closestNames("midjurny", nodes).map((n) => n.id)).toEqual(["midjourney"]);
    expect(closestNames("transfromers", nodes)[0].id).toBe("transformer");
  });

  it("offers nothing unrelated", () => {
    expect(closestNames("sora", nodes)).toEqual([]);
    expect(closestNames("x", nodes)).toEqual([]);
  });

  it("caps the list", () => {
    const many = Array.from({ length: 10 }, (_, i) => node(`gpt-${i}`, `GPT-${i}`));
    expect(closestNames("gpt", many, 3)).toHaveLength(3);
  });
});
