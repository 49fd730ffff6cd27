// The Lucene side of search on Neo4j: what the full-text index holds and asks for. That the candidates
// it finds rank like the embedded store's is checked against a real Neo4j in tests/integration.
import { describe, expect, it } from "vitest";
import { escapeLucene, restQuery, searchFields } from "@/lib/graph/neo4j/fulltext";
import { compactKey, spacedKey } from "@/lib/graph/search-rank";

const text = (q: string) => ({ spaced: spacedKey(q), compact: compactKey(spacedKey(q)) });

describe("full-text search fields and queries", () => {
  it("indexes every word of the name and aliases, short ones too, for the any-order look-up", () => {
    expect(searchFields("Image and Chart Understanding", ["GPT-4 vision"])).toEqual({
      searchCompact: "imageandchartunderstanding gpt4vision",
      searchWords: "image and chart understanding gpt 4 vision",
    });
  });

  it("asks for every word of a query of two or more as a required word prefix, in one group", () => {
    expect(restQuery(text("Image understanding"))).toContain("(+searchWords:understanding* +searchWords:image*)");
    expect(restQuery(text("gpt 4 gpt"))).toContain("(+searchWords:gpt* +searchWords:4*)");
    expect(restQuery(text("understanding"))).not.toContain("+searchWords");
  });

  it("keeps the group small for a query of many words: the longest sixteen are required", () => {
    const words = Array.from({ length: 40 }, (_, i) => "w".repeat(1 + (i % 20)) + i);
    const required = restQuery(text(words.join(" "))).match(/\+searchWords:/g) ?? [];
    expect(required).toHaveLength(16);
  });

  it("cuts a word longer than a term to the term the index holds for the word it starts", () => {
    expect(restQuery(text(`${"x".repeat(300)} y`))).toContain(`(+searchWords:${"x".repeat(255)}* +searchWords:y*)`);
  });

  it("escapes what Lucene would read as syntax", () => {
    expect(escapeLucene("a+b*c")).toBe("a\\+b\\*c");
  });
});
