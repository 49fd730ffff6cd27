import { describe, expect, it } from "vitest";
import { REL_TYPES } from "@/lib/graph/schema";
import type { GraphPath } from "@/lib/graph/types";
import { pathSentence, REL_PHRASES, readPath } from "@/lib/graph/phrases";
import { factLabel, factText } from "@/lib/ui/facts";

const gpt4 = { id: "gpt-4", name: "GPT-4", kind: "Model" } as const;
const llm = { id: "large-language-model", name: "Large Language Model", kind: "Category" } as const;
const genai = { id: "generative-ai", name: "Generative AI", kind: "Category" } as const;

describe("relationship phrases", () => {
  it("has a distinct phrase for both directions of every type", () => {
    for (const type of REL_TYPES) {
      expect(REL_PHRASES[type].out).toBeTruthy();
      expect(REL_PHRASES[type].in).toBeTruthy();
      expect(REL_PHRASES[type].in).not.toBe(REL_PHRASES[type].out);
    }
  });

  it("reads a path along its edges as one sentence", () => {
    const path: GraphPath = {
      nodes: [gpt4, llm, genai],
      relationships: [
        { id: "gpt-4--IS_A--large-language-model", type: "IS_A", source: "gpt-4", target: "large-language-model" },
        { id: "large-language-model--IS_A--generative-ai", type: "IS_A", source: "large-language-model", target: "generative-ai" },
      ],
    };
    expect(pathSentence(path)).toBe("GPT-4 is a Large Language Model, which is a Generative AI");
  });

  it("uses the inverse phrase when the walk goes against an edge", () => {
    const path: GraphPath = {
      nodes: [genai, llm],
      relationships: [{ id: "large-language-model--IS_A--generative-ai", type: "IS_A", source: "large-language-model", target: "generative-ai" }],
    };
    expect(readPath(path).steps[0].phrase).toBe("includes");
    expect(pathSentence(path)).toBe("Generative AI includes Large Language Model");
  });
});

describe("facts", () => {
  it("turns keys into labels", () => {
    expect(factLabel("releaseYear")).toBe("Release year");
    expect(factLabel("marketSize2024")).toBe("Market size 2024");
    expect(factLabel("projectedCagr")).toBe("Projected CAGR");
  });

  it("prints values", () => {
    expect(factText(["text", "image"])).toBe("text, image");
    expect(factText(false)).toBe("no");
    expect(factText(2023)).toBe("2023");
  });
});
