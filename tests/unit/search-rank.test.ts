import { describe, expect, it } from "vitest";
import { ANY_ORDER_TIER, matchTier, rankKeys, SEARCH_TIERS, spacedKey, SUBSTRING_TIER, TYPO_TIER, withinOneEdit, wordsInAnyOrder } from "@/lib/graph/search-rank";

describe("search keys", () => {
  it("folds case and punctuation so DALL·E, dall-e and DALLE are one key", () => {
    const keys = ["DALL·E", "dall-e", "DALLE", "Dall e"].map(spacedKey);
    expect(keys.map((k) => k.replaceAll(" ", ""))).toEqual(["dalle", "dalle", "dalle", "dalle"]);
    expect(matchTier(spacedKey("dall-e"), spacedKey("DALL·E"))).toBe(0);
  });

  it("ranks exact > prefix > word > substring > any-order > typo", () => {
    expect(SEARCH_TIERS).toEqual(["exact", "prefix", "word", "substring", "any-order", "typo"]);
    const key = spacedKey("Large Language Model");
    expect(matchTier(spacedKey("large language model"), key)).toBe(0);
    expect(matchTier(spacedKey("large lang"), key)).toBe(1);
    expect(matchTier(spacedKey("language"), key)).toBe(2);
    expect(matchTier(spacedKey("anguage"), key)).toBe(SUBSTRING_TIER);
    expect(matchTier(spacedKey("model large"), key)).toBe(ANY_ORDER_TIER);
    expect(matchTier(spacedKey("langauge"), key)).toBe(TYPO_TIER);
    expect(matchTier(spacedKey("xyz"), key)).toBe(-1);
  });

  it("finds a substring inside a word or from a word's start, never across a word's end", () => {
    expect(matchTier(spacedKey("former"), spacedKey("Transformer"))).toBe(3);
    expect(matchTier(spacedKey("gpt4o"), spacedKey("Chat GPT 4o"))).toBe(3);
    expect(matchTier(spacedKey("anguage model"), spacedKey("Large Language Model"))).toBe(3);
    // "imageS OR Audio": the letters are there, the word is not.
    expect(matchTier(spacedKey("sora"), spacedKey("cannot handle images or audio"))).toBe(-1);
  });

  describe("any-order tier", () => {
    const task = spacedKey("Image and Chart Understanding");
    const tier = (q: string, key = task) => matchTier(spacedKey(q), key);

    it("finds every typed word, whole or as a word's start, in any order, without the name's other words", () => {
      for (const q of ["image understanding", "understanding image", "underst chart image", "Understanding, image!", "und ima"]) {
        expect(tier(q), q).toBe(ANY_ORDER_TIER);
      }
      expect(tier("chart underst")).toBe(2); // in order: the word tier
      expect(tier("generation music", spacedKey("Music Generation"))).toBe(ANY_ORDER_TIER);
      expect(tier("4 gpt", spacedKey("GPT-4"))).toBe(ANY_ORDER_TIER);
    });

    it("does not count a word found only inside another word", () => {
      expect(tier("age understanding")).toBe(-1); // "age" is inside "image", at no word's start
      expect(tier("image standing")).toBe(-1);
      expect(tier("music ration", spacedKey("Music Generation"))).toBe(-1);
    });

    it("needs every typed word, each matched by a word of its own", () => {
      expect(tier("image video understanding")).toBe(-1);
      expect(tier("image image")).toBe(-1);
      expect(tier("gen generation", spacedKey("Music Generation"))).toBe(-1);
      // Kuhn's matching, not a greedy first fit: "ch" could take "chart", which "chart" needs.
      expect(wordsInAnyOrder(["ch", "chart"], ["chart", "chat"])).toBe(true);
      expect(wordsInAnyOrder(["chart", "ch"], ["chart", "chat"])).toBe(true);
    });

    it("is for two or more words: one word starting a word is the word tier already", () => {
      expect(wordsInAnyOrder(["image"], ["image", "and"])).toBe(false);
      expect(tier("underst")).toBe(2);
    });

    it("ranks below every in-order match and above a typo", () => {
      expect(tier("image and chart understanding")).toBe(0);
      expect(tier("image and chart")).toBe(1);
      expect(tier("chart understanding")).toBe(2);
      expect(tier("age and chart")).toBe(SUBSTRING_TIER);
      // In order in one key, any order in another: the node ranks by its in-order key.
      expect(rankKeys(spacedKey("chart understanding"), [task, spacedKey("understanding charts")])).toEqual({ tier: 2, matchedIndex: 0 });
      expect(rankKeys(spacedKey("understanding chart"), [task, spacedKey("understanding charts")])).toEqual({ tier: 1, matchedIndex: 1 });
      // One edit from the whole query ("modle large") ranks below every typed word found in another order.
      expect(rankKeys(spacedKey("model large"), ["modle large", spacedKey("Large Language Model")])).toEqual({ tier: ANY_ORDER_TIER, matchedIndex: 1 });
      expect(ANY_ORDER_TIER).toBeLessThan(TYPO_TIER);
    });
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

  it("agrees with the definition (drop one character at each position) on random strings", () => {
    const drop = (s: string, i: number) => s.slice(0, i) + s.slice(i + 1);
    const reference = (a: string, b: string) => {
      if (a === b) return true;
      if (Math.abs(a.length - b.length) > 1) return false;
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (drop(a, i) === b || drop(b, i) === a || (a.length === b.length && drop(a, i) === drop(b, i))) return true;
        if (i + 1 < a.length && a.length === b.length && a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b) return true;
      }
      return false;
    };
    let x = 12345;
    const next = (n: number) => (x = (x * 1103515245 + 12345) % 2 ** 31) % n;
    const word = () => Array.from({ length: next(6) }, () => "abc"[next(3)]).join("");
    let agreeingTrue = 0;
    for (let i = 0; i < 20000; i++) {
      const [a, b] = [word(), word()];
      expect(withinOneEdit(a, b), `${a} ${b}`).toBe(reference(a, b));
      if (reference(a, b)) agreeingTrue++;
    }
    expect(agreeingTrue).toBeGreaterThan(1000);
  });

  it("does not match an empty query", () => {
    expect(matchTier(spacedKey("···"), spacedKey("DALL·E"))).toBe(-1);
  });
});
