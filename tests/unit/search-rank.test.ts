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

  it("finds a substring inside a word or from a word's start, never across a word's end", () => {
    expect(matchTier(spacedKey("former"), spacedKey("Transformer"))).toBe(3);
    expect(matchTier(spacedKey("gpt4o"), spacedKey("Chat GPT 4o"))).toBe(3);
    expect(matchTier(spacedKey("anguage model"), spacedKey("Large Language Model"))).toBe(3);
    // "imageS OR Audio": the letters are there, the word is not.
    expect(matchTier(spacedKey("sora"), spacedKey("cannot handle images or audio"))).toBe(-1);
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
