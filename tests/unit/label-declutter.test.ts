import { describe, expect, it } from "vitest";
import { labelsToHide, type LabelBox } from "@/lib/ui/label-declutter";

const box = (id: string, x: number, y: number, priority: number, w = 60, h = 14): LabelBox => ({ id, x1: x, y1: y, x2: x + w, y2: y + h, priority });

describe("label decluttering", () => {
  it("hides the less important of two colliding labels and keeps apart ones", () => {
    const hidden = labelsToHide([box("hub", 0, 0, 50), box("leaf", 30, 5, 3), box("far", 500, 500, 1)]);
    expect([...hidden]).toEqual(["leaf"]);
  });

  it("lets the selection win over a bigger hub", () => {
    expect([...labelsToHide([box("hub", 0, 0, 50), box("selected", 10, 0, 1000)])]).toEqual(["hub"]);
  });

  it("leaves no two kept labels overlapping in a crowded random scene, and hides as few as a greedy pass can", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 2000 }, (_, i) => box(`n${i}`, random() * 3000, random() * 3000, Math.floor(random() * 40), 40 + random() * 80));
    const hidden = labelsToHide(boxes);
    const kept = boxes.filter((b) => !hidden.has(b.id));
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i], kept[j]];
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} and ${b.id}`).toBe(false);
      }
    }
    // Every hidden label collides with some kept one: nothing is hidden for nothing.
    for (const h of boxes.filter((b) => hidden.has(b.id))) {
      expect(kept.some((k) => h.x1 - 2 < k.x2 && k.x1 - 2 < h.x2 && h.y1 - 2 < k.y2 && k.y1 - 2 < h.y2), h.id).toBe(true);
    }
  });
});
