"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import { applyView, focusNodeIds, type PathHighlight } from "@/lib/ui/apply-view";
import { applyPositions, computeLayout, nodesToFit, snapshotPositions, type Positions } from "@/lib/ui/layouts";
import type { ViewState } from "@/lib/ui/view-state";
import { ANIMATION_MS, fitViewport, moveViewport, prefersReducedMotion } from "@/lib/ui/viewport";
import { useLatest } from "../use-latest";

/** Animating thousands of nodes costs more than it tells; big graphs jump. */
const ANIMATE_UP_TO = 2000;

export interface CentreRequest {
  id: string;
  seq: number;
}

/**
 * Nodes merged into an overview after the first layout start next to a neighbour that already has a place, spread on a
 * sunflower spiral (golden angle, radius growing with the square root of the index) so that they do not pile up.
 */
function placeNewNodes(cy: Core, known: Set<string>): number {
  const fresh = cy.nodes().filter((n) => !known.has(n.id()));
  if (known.size > 0) {
    fresh.forEach((node, i) => {
      const anchor = node
        .neighborhood()
        .nodes()
        .toArray()
        .find((n) => known.has(n.id()));
      const centre = anchor ? anchor.position() : { x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() };
      const angle = i * 2.39996;
      const radius = 70 + 45 * Math.sqrt(i);
      node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  fresh.forEach((n) => {
    known.add(n.id());
  });
  return fresh.length;
}

/** Past this growth (such as "Load all" on an overview) the graph is laid out afresh instead of patched. */
const grewALot = (added: number, before: number) => before > 0 && added > Math.max(50, before / 4);

/**
 * Keeps the diagram in step with the view. Positions change only when the layout mode or the focus changes: each such
 * arrangement is computed once and cached, so Undo and Back return to exactly what was there (drags included).
 * Filters, selection and paths only set classes. Returns whether the first arrangement is in place and whether nodes or
 * the viewport are moving.
 */
export function useCanvasSync(
  cy: Core | null,
  input: { elements: ElementDefinition[]; view: ViewState; highlight: PathHighlight | null; centre: CentreRequest | null },
  onShown: (ids: Set<string>) => void,
): { ready: boolean; moving: boolean } {
  const { elements, view, highlight, centre } = input;
  const [moving, setMoving] = useState(false);
  const [ready, setReady] = useState(false);
  const inFlight = useRef(0);
  const layoutKey = useRef<string | null>(null);
  const cache = useRef(new Map<string, Positions>());
  const known = useRef(new Set<string>());
  const centred = useRef(0);
  const onShownRef = useLatest(onShown);

  // Counts moves in flight. A stopped Cytoscape animation never completes, so each move also ends by the clock.
  const track = useCallback((move: Promise<unknown>) => {
    inFlight.current += 1;
    setMoving(true);
    const deadline = new Promise((resolve) => setTimeout(resolve, ANIMATION_MS + 250));
    void Promise.race([move, deadline]).then(() => {
      inFlight.current -= 1;
      if (inFlight.current === 0) setMoving(false);
    });
  }, []);

  useEffect(() => {
    if (!cy) return;
    const before = known.current.size;
    if (grewALot(placeNewNodes(cy, known.current), before)) {
      cache.current.clear();
      layoutKey.current = null;
    }
    const key = `${view.layout}|${view.focus.join(",")}`;
    const first = layoutKey.current === null;
    let target: Positions | null = null;
    if (key !== layoutKey.current) {
      // Finish any move in flight so the arrangement being left is cached where it was meant to end.
      cy.stop(true, true);
      cy.nodes().stop(true, true);
      if (layoutKey.current) cache.current.set(layoutKey.current, snapshotPositions(cy.nodes()));
      target = cache.current.get(key) ?? null;
      if (!target) {
        const focused = view.focus.length > 0 ? focusNodeIds(cy, view.focus) : null;
        const nodes = focused ? cy.nodes().filter((n) => focused.has(n.id())) : cy.nodes();
        target = computeLayout(cy, view.layout, nodes, { incremental: focused !== null && view.layout === "force" });
      }
      layoutKey.current = key;
    }

    const shown = applyView(cy, view, highlight);
    onShownRef.current(shown);
    if (!target) return;

    const finalPositions = target;
    const points = nodesToFit(cy, view.layout, shown).map((n) => finalPositions[n.id()] ?? n.position());
    const animate = !first && !prefersReducedMotion() && cy.nodes().length <= ANIMATE_UP_TO;
    const move = Promise.all([applyPositions(cy, finalPositions, animate), moveViewport(cy, fitViewport(cy, points), animate)]);
    track(move);
    void move.then(() => setReady(true));
  }, [cy, elements, view, highlight, track, onShownRef]);

  // A path that has just been found (or picked from the list) is brought into view.
  useEffect(() => {
    if (!cy || !highlight) return;
    const points = highlight.nodes.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()).map((n) => n.position());
    cy.stop(true, false);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- `moving` mirrors the Cytoscape animation this effect starts (an external system), it is not derived from props
    track(moveViewport(cy, fitViewport(cy, points), !prefersReducedMotion()));
  }, [cy, highlight, track]);

  // Also re-run when elements arrive: a searched node outside an overview is only there once merged in.
  useEffect(() => {
    if (!cy || !centre || centred.current === centre.seq) return;
    const node = cy.getElementById(centre.id);
    if (node.empty()) return;
    centred.current = centre.seq;
    const zoom = Math.max(cy.zoom(), 1);
    const pan = { x: cy.width() / 2 - zoom * node.position().x, y: cy.height() / 2 - zoom * node.position().y };
    cy.stop(true, false);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- `moving` mirrors the Cytoscape animation this effect starts (an external system), it is not derived from props
    track(moveViewport(cy, { zoom, pan }, !prefersReducedMotion()));
  }, [cy, centre, elements, track]);

  return { ready, moving };
}
