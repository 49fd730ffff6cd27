// Every page answers "does X do Y?" the same way, checked over the whole seed rather than examples:
// for every concept and every task, ask's verdict for "Can <concept> be used for <task>?" agrees with
// the recommendations; for every concept and modality, ask, glance and compare agree on what it
// generates and accepts. Run on both stores, and on Neo4j also against the embedded store's answers.
import { describe, expect, it } from "vitest";
import { answerClaim } from "@/lib/graph/ask/answer-claim";
import { compareConcepts } from "@/lib/graph/insights/compare";
import { glance } from "@/lib/graph/insights/glance";
import { capabilityMatrix } from "@/lib/graph/insights/matrix";
import { ROW_KINDS } from "@/lib/graph/insights/matrix-types";
import { recommendForTask } from "@/lib/graph/insights/recommend";
import type { Claim } from "@/lib/graph/reasoning/claims";
import { judge, type Holding } from "@/lib/graph/reasoning/judge";
import { Knowledge } from "@/lib/graph/reasoning/knowledge";
import type { GraphStore, NodeRef } from "@/lib/graph/types";

/** The kinds a reader asks "can it…?" of. */
const CONCEPT_KINDS = new Set(["Category", "Architecture", "Model", "Product", "Technique"]);
const VERDICT: Record<Holding, string> = { yes: "yes", some: "yes", contested: "contested", no: "no", "not-recorded": "not-recorded" };

async function everything(store: GraphStore) {
  const { nodes } = await store.graph({ limit: 20_000 });
  return {
    concepts: nodes.filter((n) => CONCEPT_KINDS.has(n.kind)),
    tasks: nodes.filter((n) => n.kind === "Task"),
    modalities: nodes.filter((n) => n.kind === "Modality"),
  };
}

/** Every judgement of the suite, keyed "subject|claim|object", to compare stores. */
export type Holdings = Map<string, Holding>;

export function consistencySuite(name: string, store: () => GraphStore, reference?: () => Promise<Holdings>) {
  const holdings: Holdings = new Map();
  describe(`one reasoning layer on ${name}`, () => {
    it("ask's verdict for every concept and task agrees with the task's recommendations", async () => {
      const s = store();
      const k = new Knowledge(s);
      const { concepts, tasks } = await everything(s);
      expect(concepts.length * tasks.length).toBeGreaterThan(1000);
      let recommended = 0;
      for (const task of tasks) {
        const result = await recommendForTask(s, task.id, k);
        const listed = new Map(result.recommendations.map((r) => [r.node.id, r]));
        recommended += listed.size;
        for (const concept of concepts) {
          const j = await judge(k, concept.id, "suited-for", task.id);
          const answer = await answerClaim(s, concept, "suited-for", task, "some", k);
          holdings.set(`${concept.id}|suited-for|${task.id}`, j.holding);
          expect(answer.verdict, `${concept.id} for ${task.id}`).toBe(VERDICT[j.holding]);
          const concrete = concept.kind === "Model" || concept.kind === "Product";
          if (!concrete) continue;
          const suited = j.holding === "yes" || j.holding === "contested";
          expect(listed.has(concept.id), `${concept.id} recommended for ${task.id}: ask says ${answer.verdict}`).toBe(suited);
          if (suited) expect(listed.get(concept.id)!.contested === true, `${concept.id} for ${task.id} marked contested`).toBe(j.holding === "contested");
        }
      }
      expect(recommended).toBeGreaterThan(100);
    });

    it("ask, glance and compare agree on what every concept generates and accepts, for every modality", async () => {
      const s = store();
      const k = new Knowledge(s);
      const { concepts, modalities } = await everything(s);
      const claims: [Claim, string, string][] = [
        ["generates", "generates", "outputs"],
        ["accepts", "accepts", "inputs"],
      ];
      let listed = 0;
      for (const concept of concepts) {
        const partner = concept.id === concepts[0].id ? concepts[1] : concepts[0];
        const [compared, glanced] = await Promise.all([compareConcepts(s, concept.id, partner.id, k), glance(s, concept.id, k)]);
        for (const [claim, row, aspectKey] of claims) {
          const aspect = compared.aspects.find((a) => a.key === aspectKey)!.a;
          const glanceRow = glanced.rows.find((r) => r.key === row);
          const heldHere = new Set<string>();
          for (const modality of modalities) {
            const j = await judge(k, concept.id, claim, modality.id);
            holdings.set(`${concept.id}|${claim}|${modality.id}`, j.holding);
            const where = `${concept.id} ${claim} ${modality.id} (${j.holding})`;
            const answer = await answerClaim(s, concept, claim, modality as NodeRef, "some", k);
            expect(answer.verdict, `ask: ${where}`).toBe(VERDICT[j.holding]);
            const inCompare = aspect.find((v) => v.id === modality.id);
            const shown = j.holding === "yes" || j.holding === "some" || j.holding === "contested";
            expect(Boolean(inCompare), `compare: ${where}`).toBe(shown);
            if (inCompare) expect(inCompare.contested === true, `compare marks ${where} contested`).toBe(j.holding === "contested");
            if (j.route !== undefined || j.statedForSome) heldHere.add(modality.id);
            if (shown) listed++;
          }
          // Glance names the first values and counts them all: what it names is held, and it counts every held one.
          for (const v of glanceRow?.values ?? []) expect(heldHere.has(v.id), `glance shows ${concept.id} ${claim} ${v.id}`).toBe(true);
          expect(glanceRow?.total ?? 0, `glance counts what ${concept.id} ${claim}`).toBe(heldHere.size);
        }
      }
      expect(listed).toBeGreaterThan(100);
    });

    it("every cell of the tasks matrix agrees with the recommendations, over every row and task", async () => {
      const s = store();
      const matrix = await capabilityMatrix(s, { columns: "tasks", kinds: [...ROW_KINDS], all: false });
      const { tasks } = await everything(s);
      expect(matrix.columns.map((c) => c.id).sort()).toEqual(tasks.map((t) => t.id).sort());
      const k = new Knowledge(s);
      const states = new Map<string, number>();
      for (const [i, task] of matrix.columns.entries()) {
        const listed = new Map((await recommendForTask(s, task.id, k)).recommendations.map((r) => [r.node.id, r]));
        for (const row of matrix.rows) {
          const cell = row.cells[i];
          expect(cell.column).toBe(task.id);
          states.set(cell.state, (states.get(cell.state) ?? 0) + 1);
          const where = `${row.node.id} for ${task.id}: ${cell.state} — ${cell.reason}`;
          if (row.node.kind !== "Model" && row.node.kind !== "Product") continue;
          const r = listed.get(row.node.id);
          expect(Boolean(r), where).toBe(cell.state === "yes" || cell.state === "inherited" || cell.state === "disputed");
          if (!r) continue;
          expect(r.contested === true, where).toBe(cell.state === "disputed");
          if (cell.state !== "disputed") expect(r.tier === 1 ? "yes" : "inherited", where).toBe(cell.state);
          expect(cell.reason, where).toBe(r.reason);
        }
      }
      // Every state occurs, so no branch of the comparison above went unchecked.
      for (const state of ["yes", "inherited", "some", "disputed", "no"]) expect(states.get(state) ?? 0, state).toBeGreaterThan(0);
    });

    it("every cell of the output and input matrices agrees with compare and glance, over every row and modality", async () => {
      const s = store();
      const k = new Knowledge(s);
      for (const [columns, aspectKey, glanceKey] of [["outputs", "outputs", "generates"], ["inputs", "inputs", "accepts"]] as const) {
        const matrix = await capabilityMatrix(s, { columns, kinds: [...ROW_KINDS], all: false });
        expect(matrix.rows.length).toBeGreaterThan(80);
        for (const row of matrix.rows) {
          const partner = matrix.rows[row === matrix.rows[0] ? 1 : 0].node;
          const [compared, glanced] = await Promise.all([compareConcepts(s, row.node.id, partner.id, k), glance(s, row.node.id, k)]);
          const aspect = compared.aspects.find((a) => a.key === aspectKey)!.a;
          const glanceRow = glanced.rows.find((r) => r.key === glanceKey) ?? { values: [], total: 0 };
          for (const cell of row.cells) {
            const where = `${row.node.id} ${columns} ${cell.column}: ${cell.state} — ${cell.reason}`;
            const inCompare = aspect.find((v) => v.id === cell.column);
            expect(Boolean(inCompare), `compare: ${where}`).toBe(cell.state !== "no");
            if (inCompare) expect(inCompare.contested === true, `compare: ${where}`).toBe(cell.state === "disputed");
            if (glanceRow.values.some((v) => v.id === cell.column)) expect(cell.state, `glance: ${where}`).not.toBe("no");
          }
          // Glance lists what the row holds or states itself: every yes and inherited cell, never a "no", and
          // for a row without members (no "some" to aggregate) exactly the cells that are not "no".
          const does = row.cells.filter((c) => c.state === "yes" || c.state === "inherited").length;
          const any = row.cells.filter((c) => c.state !== "no").length;
          expect(glanceRow.total, `glance counts ${row.node.id} ${columns}`).toBeGreaterThanOrEqual(does);
          expect(glanceRow.total, `glance counts ${row.node.id} ${columns}`).toBeLessThanOrEqual(any);
          if (!glanced.hasMembers) expect(glanceRow.total, `glance counts ${row.node.id} ${columns}`).toBe(any);
        }
      }
    });

    if (reference) {
      it("judges every pair exactly as the embedded store does", async () => {
        const expected = await reference();
        expect(holdings.size).toBeGreaterThan(1000);
        expect(Object.fromEntries(holdings)).toEqual(Object.fromEntries([...expected].filter(([key]) => holdings.has(key))));
      });
    }
  });
  return holdings;
}
