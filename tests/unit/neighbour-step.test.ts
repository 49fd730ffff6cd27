import { describe, expect, it } from "vitest";
import { neighbourTowards } from "@/lib/ui/neighbour-step";

const at = (id: string, x: number, y: number) => ({ id, x, y });
const centre = at("c", 0, 0);
const around = [at("right", 100, 10), at("left", -120, 0), at("up", 5, -80), at("down", -10, 90), at("far-right", 300, 0)];

describe("arrow keys on the diagram", () => {
  it("move to the neighbour lying that way, the nearer of two in line", () => {
    expect(neighbourTowards(centre, around, "ArrowRight")).toBe("right");
    expect(neighbourTowards(centre, around, "ArrowLeft")).toBe("left");
    expect(neighbourTowards(centre, around, "ArrowUp")).toBe("up");
    expect(neighbourTowards(centre, around, "ArrowDown")).toBe("down");
  });

  it("prefer a neighbour straight ahead to a nearer one far off to the side", () => {
    expect(neighbourTowards(centre, [at("side", 40, 60), at("ahead", 90, 0)], "ArrowRight")).toBe("ahead");
  });

  it("go nowhere when no neighbour lies that way", () => {
    expect(neighbourTowards(centre, [at("right", 100, 0)], "ArrowLeft")).toBeNull();
    expect(neighbourTowards(centre, [], "ArrowUp")).toBeNull();
  });
});
