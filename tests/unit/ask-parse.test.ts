import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseQuestion, parseQuestion, trimPhrase } from "@/lib/graph/ask/parse-question";

describe("reading a question", () => {
  it("normalises case, quotes, spaces and closing punctuation", () => {
    expect(normaliseQuestion("  Is  GPT-4 an LLM?!  ")).toBe("is gpt-4 an llm");
    expect(normaliseQuestion("What’s DALL·E?")).toBe("what's dall·e");
    expect(trimPhrase("all the LLMs")).toBe("LLMs");
  });

  it.each([
    ["Is GPT-4 a large language model?", { form: "membership", quantifier: "one", subject: "gpt-4", targets: ["large language model"] }],
    ["Is every LLM a generative AI?", { form: "membership", quantifier: "all", subject: "llm", targets: ["generative ai"] }],
    ["Is all generative AI a large language model?", { form: "membership", quantifier: "all", subject: "generative ai", targets: ["large language model"] }],
    ["Are all LLMs part of Generative AI?", { form: "membership", quantifier: "all", subject: "llms", targets: ["generative ai"] }],
    ["Are LLMs a type of generative AI?", { form: "membership", quantifier: "one", subject: "llms", targets: ["generative ai"] }],
    ["Is ChatGPT a Generative AI or an LLM?", { form: "membership", quantifier: "one", subject: "chatgpt", targets: ["generative ai", "llm"] }],
    ["Are LLMs generative AI?", { form: "membership", quantifier: "one", joined: "llms generative ai" }],
    ["Are all generative AI LLMs?", { form: "membership", quantifier: "all", joined: "generative ai llms" }],
    ["Can Generative AI exist without LLMs?", { form: "membership", quantifier: "without", subject: "generative ai", targets: ["llms"] }],
    ["Can Stable Diffusion generate video?", { form: "capability", subject: "stable diffusion", object: "video", relation: "generates", reading: "some" }],
    ["could an LLM write code", { form: "capability", subject: "llm", object: "code", relation: "generates", reading: "some" }],
    ["Is GPT-4 able to create images?", { form: "capability", subject: "gpt-4", object: "images", relation: "generates", reading: "some" }],
    ["Can ChatGPT do customer support?", { form: "capability", subject: "chatgpt", object: "customer support", relation: "does", reading: "some" }],
    ["Does ChatGPT use the transformer?", { form: "uses", subject: "chatgpt", object: "transformer", reading: "some" }],
    ["Is ChatGPT built on GPT-4?", { form: "uses", subject: "chatgpt", object: "gpt-4", reading: "some" }],
    ["What architecture does Stable Diffusion use?", { form: "uses", subject: "stable diffusion", what: "architecture", reading: "some" }],
    ["What is ChatGPT built on?", { form: "uses", subject: "chatgpt", reading: "some" }],
    ["Who made ChatGPT?", { form: "developer", subject: "chatgpt" }],
    ["Which company developed Gemini?", { form: "developer", subject: "gemini" }],
    ["Is Claude made by OpenAI?", { form: "developer", subject: "claude", developer: "openai" }],
    ["Did Meta build Llama 3?", { form: "developer", subject: "llama 3", developer: "meta" }],
    ["Which products are suited for image generation?", { form: "suitability", task: "image generation", wanted: "Product" }],
    ["What should I use for customer support?", { form: "suitability", task: "customer support" }],
    ["Which models are best for translation", { form: "suitability", task: "translation", wanted: "Model" }],
    ["How are LLMs and GenAI related?", { form: "relation", a: "llms", b: "genai", same: false }],
    ["What is the difference between LLM and generative AI?", { form: "relation", a: "llm", b: "generative ai", same: false }],
    ["LLM vs GenAI", { form: "relation", a: "llm", b: "genai", same: false }],
    ["When should I use an LLM vs Generative AI?", { form: "relation", a: "llm", b: "generative ai", same: false }],
    ["How does a transformer differ from a diffusion model?", { form: "relation", a: "transformer", b: "diffusion model", same: false }],
    ["Is an LLM the same as Generative AI?", { form: "relation", a: "llm", b: "generative ai", same: true }],
    ["Are LLMs and Generative AI interchangeable?", { form: "relation", a: "llms", b: "generative ai", same: true }],
    ["What is a transformer?", { form: "definition", subject: "transformer" }],
    ["tell me about Midjourney", { form: "definition", subject: "midjourney" }],
  ])("%s", (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });

  it("leaves what no form fits as unknown, with its content words", () => {
    expect(parseQuestion("Are LLMs more cost-effective than other Generative AI tools?")).toEqual({
      form: "unknown",
      words: ["llms", "cost-effective", "other", "generative", "ai", "tools"],
    });
    expect(parseQuestion("hello")).toEqual({ form: "unknown", words: ["hello"] });
    expect(parseQuestion("")).toEqual({ form: "unknown", words: [] });
    expect(parseQuestion("Is ?").form).toBe("unknown");
    expect(parseQuestion("what is").form).toBe("unknown");
  });

  it("never throws, and every phrase it returns is non-empty and bounded", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 60 })), (text) => {
        const parsed = parseQuestion(text);
        const phrases = Object.values(parsed).flat().filter((v): v is string => typeof v === "string");
        for (const p of phrases) expect(p.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });
});
