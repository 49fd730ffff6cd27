import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_SAVED, positionsKey, readSaved, withMove, writeSaved } from "@/lib/ui/saved-positions";

/** Just enough of localStorage for these functions. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  } as Storage;
}

beforeEach(() => vi.stubGlobal("window", { localStorage: fakeStorage() }));
afterEach(() => vi.unstubAllGlobals());

describe("saved positions", () => {
  it("keeps drags per graph version and arrangement, in whole pixels", () => {
    writeSaved("v1", withMove(EMPTY_SAVED, "force", "gpt-4", { x: 10.4, y: -3.6 }));
    expect(readSaved("v1")).toEqual({ force: { "gpt-4": [10, -4] }, hierarchy: {} });
    expect(readSaved("v2")).toEqual(EMPTY_SAVED);
  });

  it("keeps the start map's drags as an arrangement of their own, and reads storage written before it had one", () => {
    writeSaved("v1", withMove(withMove(EMPTY_SAVED, "force", "a", { x: 1, y: 2 }), "start", "a", { x: 5, y: 6 }));
    expect(readSaved("v1")).toEqual({ force: { a: [1, 2] }, hierarchy: {}, start: { a: [5, 6] } });
    window.localStorage.setItem(positionsKey("v2"), JSON.stringify({ force: { a: [1, 2] }, hierarchy: {} }));
    expect(readSaved("v2")).toEqual({ force: { a: [1, 2] }, hierarchy: {} });
    window.localStorage.setItem(positionsKey("v3"), JSON.stringify({ force: {}, hierarchy: {}, start: { a: "x" } }));
    expect(readSaved("v3")).toEqual(EMPTY_SAVED);
  });

  it("forgets them on a reset", () => {
    writeSaved("v1", withMove(EMPTY_SAVED, "hierarchy", "a", { x: 1, y: 2 }));
    writeSaved("v1", null);
    expect(readSaved("v1")).toEqual(EMPTY_SAVED);
  });

  it("reads anything malformed as nothing saved", () => {
    window.localStorage.setItem(positionsKey("v1"), "{not json");
    expect(readSaved("v1")).toEqual(EMPTY_SAVED);
    window.localStorage.setItem(positionsKey("v1"), JSON.stringify({ force: { a: ["x", 1] }, hierarchy: {} }));
    expect(readSaved("v1")).toEqual(EMPTY_SAVED);
  });

  it("reads nothing where storage is off", () => {
    vi.stubGlobal("window", {});
    expect(readSaved("v1")).toEqual(EMPTY_SAVED);
    expect(() => writeSaved("v1", EMPTY_SAVED)).not.toThrow();
  });
});
