"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useState } from "react";
import type { Positions } from "@/lib/layout/types";
import { placeNew, planDraw, slicesOf } from "@/lib/ui/draw-plan";
import { viewportCentre } from "@/lib/ui/viewport";
import { useLatest } from "../use-latest";

/**
 * Elements added per slice. Adding 4,000 takes 200–400 ms on a busy two-core machine; the frame drawn after each slice
 * costs more than that with 10,000 nodes on screen, so fewer, bigger slices finish sooner (tests/e2e/scale.spec.ts).
 */
export const DRAW_CHUNK = 4000;

export interface DrawProgress {
  nodes: number;
  totalNodes: number;
}

/** Lets the browser paint the slice just added and handle input before the next one. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function drawnOf(cy: Core): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  cy.elements().forEach((e) => void out.set(e.id(), e.data()));
  return out;
}

/**
 * Puts `elements` into the diagram, each new node already at its place (`server`, else next to its neighbours), so no
 * frame shows them piled up and the first frame is the server's arrangement. Big additions (such as "Load all") go in
 * slices with a frame between them, each slice one batch. `drawn` counts completed updates, for effects that read
 * the diagram; `progress` is set while slices are being added.
 */
export function useDrawElements(
  cy: Core | null,
  elements: ElementDefinition[],
  server: Positions | null,
  onFirstDraw: (cy: Core) => void,
): { drawn: number; progress: DrawProgress | null } {
  const [drawn, setDrawn] = useState(0);
  const [progress, setProgress] = useState<DrawProgress | null>(null);
  const latest = useLatest({ server, onFirstDraw });

  useEffect(() => {
    if (!cy) return;
    const first = cy.elements().empty();
    const plan = planDraw(drawnOf(cy), elements);
    const known: Positions = {};
    cy.nodes().forEach((n) => void (known[n.id()] = n.position()));
    const add = placeNew(plan.add, known, latest.current.server, viewportCentre(cy));
    cy.batch(() => {
      for (const id of plan.remove) cy.getElementById(id).remove();
      for (const e of plan.update) cy.getElementById(String(e.data.id)).data(e.data);
    });
    let cancelled = false;
    const finish = () => {
      setProgress(null);
      setDrawn((n) => n + 1);
      if (first && cy.elements().nonempty()) latest.current.onFirstDraw(cy);
    };
    if (add.length <= DRAW_CHUNK || first) {
      cy.add(add);
      finish();
    } else {
      const totalNodes = elements.filter((e) => e.group !== "edges").length;
      const slices = slicesOf(add, new Set(cy.nodes().map((n) => n.id())), DRAW_CHUNK);
      void (async () => {
        for (const slice of slices) {
          if (cancelled) return;
          cy.batch(() => void cy.add(slice));
          setProgress({ nodes: cy.nodes().length, totalNodes });
          await nextFrame();
        }
        if (!cancelled) finish();
      })();
    }
    return () => {
      cancelled = true;
    };
  }, [cy, elements, latest]);

  return { drawn, progress };
}
