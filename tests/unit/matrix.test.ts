// The matrix's filters, order and errors over the curated seed. That every cell agrees with compare, glance and the
// recommendations is checked on both stores in tests/integration/consistency.ts.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { capabilityMatrix, MAX_MATRIX_ROWS } from "@/lib/graph/insights/matrix";
import { SATISFYING } from "@/lib/graph/insights/matrix-types";
import { MemoryStore } from "@/lib/graph/memory/memory-store";
import { judge } from "@/lib/graph/reasoning/judge";
import { Knowledge } from "@/lib/graph/reasoning/knowledge";
import { loadSeed } from "@/lib/graph/seed/load-seed";
import { generateSyntheticSeed } from "@/scripts/seed-synthetic";

let store: MemoryStore;
beforeAll(() => {
  store = new MemoryStore(loadSeed(path.join(__dirname, "../../graph-seed")));
});

const ids = (rows: { node: { id: string } }[]) => rows.map((r) => r.node.id).sort();

describe("capability matrix", () => {
  it("rows are models and products by default, sorted by how many columns they do, then by name", async () => {
    const m = await capabilityMatrix(store, { columns: "outputs", all: false });
    const { nodes } = await store.graph({ kinds: ["Model", "Product"], limit: 20_000 });
    expect(ids(m.rows)).toEqual(nodes.map((n) => n.id).sort());
    expect(m.columns.length).toBe((await store.graph({ kinds: ["Modality"], limit: 100 })).nodes.length);
    for (let i = 1; i < m.rows.length; i++) {
      const [a, b] = [m.rows[i - 1], m.rows[i]];
      expect(a.satisfied > b.satisfied || (a.satisfied === b.satisfied && a.node.name <= b.node.name), `${a.node.name} before ${b.node.name}`).toBe(true);
    }
    for (const row of m.rows) expect(row.satisfied).toBe(row.cells.filter((c) => SATISFYING.has(c.state)).length);
  });

  it("'only tools that do all of these' keeps exactly the rows that do every chosen column", async () => {
    const chosen = ["text", "image"];
    const every = await capabilityMatrix(store, { columns: "inputs", ids: chosen, all: false });
    const only = await capabilityMatrix(store, { columns: "inputs", ids: chosen, all: true });
    expect(every.columns.map((c) => c.id)).toEqual(chosen);
    const expected = every.rows.filter((r) => r.cells.every((c) => SATISFYING.has(c.state)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(every.rows.length);
    expect(ids(only.rows)).toEqual(ids(expected));
    expect(only.totalRows).toBe(every.rows.length);
  });

  it("a category filter keeps its members only, and a developer filter what the reasoning layer says that organisation made", async () => {
    const llms = await capabilityMatrix(store, { columns: "outputs", category: "large-language-model", all: false });
    const members = (await new Knowledge(store).members("large-language-model")).map((m) => m.id);
    const concrete = (await store.graph({ kinds: ["Model", "Product"], limit: 20_000 })).nodes.filter((n) => members.includes(n.id));
    expect(ids(llms.rows)).toEqual(concrete.map((n) => n.id).sort());
    expect(llms.filters.category?.name).toBe("Large Language Model");

    const all = await capabilityMatrix(store, { columns: "outputs", all: false });
    const byOpenAI = await capabilityMatrix(store, { columns: "outputs", developer: "openai", all: false });
    const k = new Knowledge(store);
    const made: string[] = [];
    for (const row of all.rows) {
      const h = (await judge(k, row.node.id, "developed-by", "openai")).holding;
      if (h === "yes" || h === "contested") made.push(row.node.id);
    }
    expect(made.length).toBeGreaterThan(3);
    expect(ids(byOpenAI.rows)).toEqual(made.sort());
  });

  it("category rows show what some of their members do, naming them", async () => {
    const m = await capabilityMatrix(store, { columns: "outputs", kinds: ["Category"], all: false });
    const some = m.rows.flatMap((r) => r.cells.filter((c) => c.state === "some").map((c) => ({ row: r.node, cell: c })));
    expect(some.length).toBeGreaterThan(0);
    for (const { row, cell } of some) expect(cell.reason, row.id).toMatch(/some/i);
    expect(some.some(({ cell }) => (cell.members?.length ?? 0) > 0)).toBe(true);
  });

  it("every cell cites sources the result lists, and a ruled-out cell names its limitation", async () => {
    const m = await capabilityMatrix(store, { columns: "outputs", kinds: ["Model", "Product", "Category"], all: false });
    const listed = new Set(m.sources.map((s) => s.id));
    for (const row of m.rows)
      for (const cell of row.cells) {
        for (const id of cell.sources) expect(listed.has(id), `${row.node.id} ${cell.column} cites ${id}`).toBe(true);
        if (cell.state !== "no") expect(cell.sources.length, `${row.node.id} ${cell.column}`).toBeGreaterThan(0);
        if (cell.ruledOutBy) expect(cell.reason).toContain(cell.ruledOutBy.name);
      }
  });

  it("refuses columns that do not exist or are of the wrong kind, and an unknown category", async () => {
    await expect(capabilityMatrix(store, { columns: "tasks", ids: ["no-such-task"], all: false })).rejects.toMatchObject({ code: "bad_request" });
    await expect(capabilityMatrix(store, { columns: "tasks", ids: ["image"], all: false })).rejects.toMatchObject({ code: "bad_request", message: /Image is a Modality/ });
    await expect(capabilityMatrix(store, { columns: "outputs", category: "no-such-category", all: false })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("on a graph with more tools than a table shows, says it cut the rows instead of cutting silently", async () => {
    const big = new MemoryStore(generateSyntheticSeed({ nodes: 1500 }));
    const tools = (await big.graph({ kinds: ["Model", "Product"], limit: 20_000 })).nodes;
    expect(tools.length).toBeGreaterThan(MAX_MATRIX_ROWS);
    const m = await capabilityMatrix(big, { columns: "outputs", all: false });
    expect(m.rows).toHaveLength(MAX_MATRIX_ROWS);
    expect(m.truncated).toBe(true);
    const small = await capabilityMatrix(store, { columns: "outputs", all: false });
    expect(small.truncated).toBeUndefined();
  });
});
