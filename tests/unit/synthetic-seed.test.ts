// The benchmark's synthetic graph generator: valid seed folders, hubs, and the same output for the same seed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSeedDir } from "@/lib/graph/seed/load-seed";
import { formatProblem } from "@/lib/graph/seed/seed-types";
import { generateSyntheticSeed, seedToYaml, writeSyntheticSeed } from "@/scripts/seed-synthetic";

const dir = mkdtempSync(path.join(tmpdir(), "synthetic-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("synthetic seed generator", () => {
  it("writes a 1k-node folder that the seed validator accepts", () => {
    writeSyntheticSeed(dir, { nodes: 1000, seed: 7 });
    const { seed, problems } = checkSeedDir(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(seed.nodes).toHaveLength(1000);
    const perNode = seed.relationships.length / seed.nodes.length;
    expect(perNode).toBeGreaterThanOrEqual(2);
    expect(perNode).toBeLessThanOrEqual(3);
  });

  it("is mostly models and products, with every kind present", () => {
    const { nodes } = generateSyntheticSeed({ nodes: 1000 });
    const share = (kinds: string[]) => nodes.filter((n) => kinds.includes(n.kind)).length / nodes.length;
    expect(share(["Model", "Product"])).toBeGreaterThan(0.6);
    expect(new Set(nodes.map((n) => n.kind)).size).toBe(10);
    expect(nodes.some((n) => n.aliases.length > 0)).toBe(true);
  });

  it("has hubs: the best-connected node has far more edges than the median", () => {
    const { relationships } = generateSyntheticSeed({ nodes: 1000 });
    const degree = new Map<string, number>();
    for (const r of relationships) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    expect(sorted.at(-1)!).toBeGreaterThan(20 * median);
  });

  it("gives the same output for the same seed and a different one for another", () => {
    const a = seedToYaml(generateSyntheticSeed({ nodes: 1000, seed: 3 }));
    const b = seedToYaml(generateSyntheticSeed({ nodes: 1000, seed: 3 }));
    const c = seedToYaml(generateSyntheticSeed({ nodes: 1000, seed: 4 }));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });
});
