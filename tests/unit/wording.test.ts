import { describe, expect, it } from "vitest";
import { namesList, originText } from "@/lib/graph/insights/wording";

const n = (name: string) => ({ name });

describe("wording of derived values", () => {
  it("lists names in English", () => {
    expect(namesList([])).toBe("");
    expect(namesList(["A"])).toBe("A");
    expect(namesList(["A", "B", "C"])).toBe("A, B and C");
  });

  it("says which of direct, inherited or aggregated a value is", () => {
    expect(originText({ origin: "inherited", via: [n("GPT-4"), n("Large Language Model")] }, "GPT-4", false)).toBe(
      "every Large Language Model has it (GPT-4 → Large Language Model)",
    );
    expect(originText({ origin: "aggregated", examples: 5, members: [n("Image Generator"), n("Midjourney")] }, "Generative AI", true)).toBe(
      "some Generative AI, not all: Image Generator, Midjourney and 3 more",
    );
    expect(originText({ origin: "direct", scope: "some", examples: 1, members: [n("Image Generator")] }, "Generative AI", true)).toBe(
      "some Generative AI, e.g. Image Generator",
    );
    expect(originText({ origin: "direct", scope: "every" }, "Large Language Model", true)).toBe("every Large Language Model");
    expect(originText({ origin: "direct", scope: "some" }, "GPT-4", false)).toBeNull();
  });
});
