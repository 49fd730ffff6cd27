import { describe, expect, it } from "vitest";
import { matchTier, rankKeys, spacedKey, withinOneEdit } from "@/lib/graph/search-rank";

describe("search keys", () => {
  it("folds case and punctuation so DALL·E, dall-e and DALLE are one key", () => {
    const keys = ["DALL·E", "dall-e", "DALLE", "Dall e"].map(spacedKey);
    expect(keys.map((k) => k.replaceAll(" ", ""))).toEqual(["dalle", "dalle", "dalle", "dalle"]);
    expect(matchTier(spacedKey("dall-e"), spacedKey("DALL·E"))).toBe(0);
  });

  it("ranks exact > prefix > word > substring > typo", () => {
    const key = spacedKey("Large Language Model");
    expect(matchTier(spacedKey("large language model"), key)).toBe(0);
    expect(matchTier(spacedKey("large lang"), key)).toBe(1);
    expect(matchTier(spacedKey("language"), key)).toBe(2);
    expect(matchTier(spacedKey("anguage"), key)).toBe(3);
    expect(matchTier(spacedKey("langauge"), key)).toBe(4);
    expect(matchTier(spacedKey("xyz"), key)).toBe(-1);
  });

  it("prefers the name over an alias at the same tier", () => {
    expect(rankKeys("gpt", ["gpt 4", "gpt4"])).toEqual({ tier: 1, matchedIndex: 0 });
    expect(rankKeys("genai", ["generative ai", "genai"])).toEqual({ tier: 0, matchedIndex: 1 });
  });

  it("accepts one edit, including a swap, and no more", () => {
    expect(withinOneEdit("chatgpt", "chatgtp")).toBe(true);
    expect(withinOneEdit("transformer", "transfomer")).toBe(true);
    expect(withinOneEdit("diffusion", "difusion")).toBe(true);
    expect(withinOneEdit("bert", "bart")).toBe(true);
    expect(withinOneEdit("bert", "bxrx")).toBe(false);
    expect(withinOneEdit("gan", "gpt")).toBe(false);
  });

  it("does not match an empty query", () => {
    expect(matchTier(spacedKey("···"), spacedKey("DALL·E"))).toBe(-1);
  });
});
