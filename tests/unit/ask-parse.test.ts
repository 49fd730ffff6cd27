import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedQuestion } from "@/lib/graph/ask/ask-types";
import { normaliseQuestion, parseQuestion, phrasesOf, trimPhrase } from "@/lib/graph/ask/parse-question";
import { baseOf, lemmaOf } from "@/lib/graph/ask/parse-vocabulary";

const can = (subject: string, object: string, relation: "generates" | "accepts" | "does", reading: "some" | "all" | "only" = "some") =>
  ({ form: "capability", subject, object, relation, reading }) as const;

describe("the vocabulary", () => {
  it("reads every inflection of a vocabulary verb as its lemma, marked with the inflection", () => {
    expect(["generates", "generated", "generating", "wrote", "written", "drew", "understood", "saw", "took", "made"].map(lemmaOf)).toEqual([
      "generate~s",
      "generate~ed",
      "generate~ing",
      "write~ed",
      "write~ed",
      "draw~ed",
      "understand~ed",
      "see~ed",
      "take~ed",
      "make~ed",
    ]);
    expect(["products", "companies", "architectures", "models"].map(baseOf)).toEqual(["product", "company", "architecture", "model"]);
    // "do" stays as typed ("did X make Y" and "does X make Y" differ by it), and so does any word outside the vocabulary.
    expect(["does", "did", "transformers", "gpt-4"].map(lemmaOf)).toEqual(["does", "did", "transformers", "gpt-4"]);
  });
});

describe("capability: relation and reading", () => {
  it.each<[string, ParsedQuestion]>([
    // generates: synonyms and inflections
    ["Can generative AI create music?", can("generative ai", "music", "generates")],
    ["Can ChatGPT make pictures?", can("chatgpt", "pictures", "generates")],
    ["Could DALL-E draw a cat?", can("dall-e", "cat", "generates")],
    ["Can Suno compose songs?", can("suno", "songs", "generates")],
    ["Does Stable Diffusion produce video?", can("stable diffusion", "video", "generates")],
    ["Does Claude writes code?", can("claude", "code", "generates")],
    ["Has DALL-E generated videos?", can("dall-e", "videos", "generates")],
    ["Is Sora capable of generating video?", can("sora", "video", "generates")],
    ["Can Runway be used to create videos?", can("runway", "videos", "generates")],
    ["Can image generating models create music?", can("image generating models", "music", "generates")],
    ["Can ElevenLabs generate voiceover generation?", can("elevenlabs", "voiceover generation", "generates")],
    // accepts
    ["Can GPT-4 understand images?", can("gpt-4", "images", "accepts")],
    ["Does ChatGPT understand speech?", can("chatgpt", "speech", "accepts")],
    ["Can Gemini read charts?", can("gemini", "charts", "accepts")],
    ["Can Claude analyse documents?", can("claude", "documents", "accepts")],
    ["Can Claude analyze spreadsheets?", can("claude", "spreadsheets", "accepts")],
    ["Can LLMs see images?", can("llms", "images", "accepts")],
    ["Can GPT-4o hear audio?", can("gpt-4o", "audio", "accepts")],
    ["Can GPT-4 take images as input?", can("gpt-4", "images", "accepts")],
    ["Does ChatGPT process PDFs?", can("chatgpt", "pdfs", "accepts")],
    ["Can Claude describe images?", can("claude", "images", "accepts")],
    ["Can Whisper transcribe audio?", can("whisper", "audio", "accepts")],
    // does: tasks and industries
    ["Can MusicGen do voiceover generation?", can("musicgen", "voiceover generation", "does")],
    ["Can Midjourney be used for product design?", can("midjourney", "product design", "does")],
    ["Is ChatGPT used in healthcare?", can("chatgpt", "healthcare", "does")],
    ["Can Claude help with coding?", can("claude", "coding", "does")],
    ["Can AI work in finance?", can("ai", "finance", "does")],
    ["Can GPT-4 perform sentiment analysis?", can("gpt-4", "sentiment analysis", "does")],
    ["Can ChatGPT handle translation?", can("chatgpt", "translation", "does")],
    ["Are LLMs capable of translation?", can("llms", "translation", "does")],
    // readings
    ["Do all LLMs generate text?", can("llms", "text", "generates", "all")],
    ["Does every LLM generate text?", can("llm", "text", "generates", "all")],
    ["Are LLMs always able to write code?", can("llms", "code", "generates", "all")],
    ["Can any LLM compose music?", can("llm", "music", "generates", "some")],
    ["Can only LLMs write code?", can("llms", "code", "generates", "only")],
    ["Only LLMs can write code?", can("llms", "code", "generates", "only")],
    ["Is ChatGPT the only tool that can generate images?", can("chatgpt", "images", "generates", "only")],
    ["Is ChatGPT the only one able to write essays?", can("chatgpt", "essays", "generates", "only")],
    ["Are LLMs the only models that understand text?", can("llms", "text", "accepts", "only")],
  ])("%s", (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });
});

describe("uses: reading", () => {
  it.each<[string, ParsedQuestion]>([
    ["Do LLMs use transformers?", { form: "uses", subject: "llms", object: "transformers", reading: "some" }],
    ["Do all LLMs use transformers?", { form: "uses", subject: "llms", object: "transformers", reading: "all" }],
    ["Are LLMs always built on transformers?", { form: "uses", subject: "llms", object: "transformers", reading: "all" }],
    ["Do only transformers use attention?", { form: "uses", subject: "transformers", object: "attention", reading: "only" }],
    ["Is the transformer the only architecture that uses attention?", { form: "uses", subject: "transformer", object: "attention", reading: "only" }],
    ["Is ChatGPT using GPT-4?", { form: "uses", subject: "chatgpt", object: "gpt-4", reading: "some" }],
    ["Is Midjourney based on diffusion?", { form: "uses", subject: "midjourney", object: "diffusion", reading: "some" }],
    ["What architectures do LLMs use?", { form: "uses", subject: "llms", what: "architecture", reading: "some" }],
    ["What techniques do all LLMs use?", { form: "uses", subject: "llms", what: "technique", reading: "all" }],
  ])("%s", (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });
});

describe("comparison, fact and why", () => {
  it.each<[string, ParsedQuestion]>([
    ["Are LLMs cheaper than multimodal models?", { form: "comparison", a: "llms", b: "multimodal models", measure: "cost", more: false }],
    ["Is Llama more open than GPT-4?", { form: "comparison", a: "llama", b: "gpt-4", measure: "openness", more: true }],
    ["Is GPT-4 more expensive to run than Llama?", { form: "comparison", a: "gpt-4", b: "llama", measure: "cost", more: true }],
    ["Is Claude less expensive than GPT-4?", { form: "comparison", a: "claude", b: "gpt-4", measure: "cost", more: false }],
    ["Is GPT-4 more proprietary than Llama?", { form: "comparison", a: "gpt-4", b: "llama", measure: "openness", more: false }],
    ["Is Midjourney pricier than DALL-E?", { form: "comparison", a: "midjourney", b: "dall-e", measure: "cost", more: true }],
    ["Does GPT-4 cost more than Llama?", { form: "comparison", a: "gpt-4", b: "llama", measure: "cost", more: true }],
    ["Which is cheaper, Llama or GPT-4?", { form: "comparison", a: "llama", b: "gpt-4", measure: "cost", more: false }],
    ["What is cheaper, Llama or GPT-4?", { form: "comparison", a: "llama", b: "gpt-4", measure: "cost", more: false }],
    ["Which is more open: Llama or GPT-4?", { form: "comparison", a: "llama", b: "gpt-4", measure: "openness", more: true }],
    ["Llama or GPT-4, which is cheaper?", { form: "comparison", a: "llama", b: "gpt-4", measure: "cost", more: false }],
    ["Which costs less, Claude or GPT-4?", { form: "comparison", a: "claude", b: "gpt-4", measure: "cost", more: false }],
    ["Which one is the least expensive: Claude or Gemini?", { form: "comparison", a: "claude", b: "gemini", measure: "cost", more: false }],
    ["Can Llama run offline?", { form: "fact", subject: "llama", measure: "offline" }],
    ["Can I run Llama locally?", { form: "fact", subject: "llama", measure: "offline" }],
    ["Does Llama work without an internet connection?", { form: "fact", subject: "llama", measure: "offline" }],
    ["Can Mistral 7B run on a laptop?", { form: "fact", subject: "mistral 7b", measure: "offline" }],
    ["Is Mistral 7B open source?", { form: "fact", subject: "mistral 7b", measure: "openness" }],
    ["Is Llama open-source?", { form: "fact", subject: "llama", measure: "openness" }],
    ["Does Mistral have open weights?", { form: "fact", subject: "mistral", measure: "openness" }],
    ["Is GPT-4 expensive?", { form: "fact", subject: "gpt-4", measure: "cost" }],
    ["Is GPT-4 too expensive to run?", { form: "fact", subject: "gpt-4", measure: "cost" }],
    ["How much does ChatGPT cost?", { form: "fact", subject: "chatgpt", measure: "cost" }],
    ["Why do LLMs hallucinate?", { form: "why", subject: "llms", predicate: "hallucinate", negated: false }],
    ["Why can't LLMs generate images?", { form: "why", subject: "llms", predicate: "generate images", negated: true }],
    ["Why can LLMs not generate images?", { form: "why", subject: "llms", predicate: "generate images", negated: true }],
    ["Why are LLMs biased?", { form: "why", subject: "llms", predicate: "biased", negated: false }],
    ["Why are diffusion models slow?", { form: "why", subject: "diffusion models", predicate: "slow", negated: false }],
    ["Why does Stable Diffusion struggle with hands?", { form: "why", subject: "stable diffusion", predicate: "struggle with hands", negated: false }],
    ["Why does Claude refuse requests?", { form: "why", subject: "claude", predicate: "refuse requests", negated: false }],
    ["Why is ChatGPT making things up?", { form: "why", subject: "chatgpt", predicate: "make things up", negated: false }],
    ["Why do LLMs always hallucinate?", { form: "why", subject: "llms", predicate: "hallucinate", negated: false }],
  ])("%s", (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });
});

describe("either/or, inflected developers, and what stays unknown", () => {
  it.each<[string, ParsedQuestion]>([
    ["Is ChatGPT either a generative AI or an LLM?", { form: "membership", quantifier: "one", subject: "chatgpt", targets: ["generative ai", "llm"] }],
    ["Is ChatGPT an LLM or not?", { form: "membership", quantifier: "one", subject: "chatgpt", targets: ["llm"] }],
    ["Who created Stable Diffusion?", { form: "developer", subject: "stable diffusion" }],
    ["Who owns ChatGPT?", { form: "developer", subject: "chatgpt" }],
    ["Which companies developed Gemini?", { form: "developer", subject: "gemini" }],
    ["What is GPT-4 made by?", { form: "developer", subject: "gpt-4" }],
    ["Is Llama developed by Meta?", { form: "developer", subject: "llama", developer: "meta" }],
    ["Which apps are good for writing?", { form: "suitability", task: "writing", wanted: "Product" }],
  ])("%s", (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });

  it.each([
    "Is GPT-4 better than Llama?",
    "Are LLMs more cost-effective than other Generative AI tools?",
    "Do LLMs hallucinate more than humans?",
    "Why is GPT-4 better than GPT-3?",
    "Can GPT-4 write better code than Claude?",
    "Why should I use ChatGPT?",
    "Why LLMs hallucinate",
    "Which model wrote this?",
    "Can LLMs not generate images?",
    "Does GPT-4 not use transformers?",
  ])("%s stays unknown", (question) => {
    expect(parseQuestion(question).form).toBe("unknown");
  });
});

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

  it("never throws on the forms that call the tagger or the lemmatiser either", () => {
    const starts = fc.constantFrom("Why do ", "why is ", "Why can't ", "Why are all ", "Can only ", "Is X the only ", "Which is cheaper, ", "Has ", "Do all ");
    const words = fc.array(fc.constantFrom("llms", "not", "so", "always", "making", "generate~s", "gpt-4", "than", "or", ",", "'", "the", "😀"), { maxLength: 40 });
    fc.assert(
      fc.property(starts, fc.oneof(fc.string({ maxLength: 200 }), words.map((w) => w.join(" "))), (start, rest) => {
        const parsed = parseQuestion(start + rest);
        for (const p of phrasesOf(parsed)) expect(p.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
