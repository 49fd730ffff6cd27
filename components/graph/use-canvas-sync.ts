"use client";

import type { Core } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import type { LayoutView, Positions } from "@/lib/layout/types";
import { afterPaint } from "@/lib/ui/after-paint";
import { declutterLabels } from "@/lib/ui/declutter-labels";
import { applyView, focusNodeIds, startMapOn, type PathHighlight } from "@/lib/ui/apply-view";
import { applyPositions, completePositions, computeLayout, nodesToFit, snapshotPositions } from "@/lib/ui/layouts";
import type { ViewState } from "@/lib/ui/view-state";
import { ANIMATION_MS, fitViewport, moveViewport, prefersReducedMotion, viewportCentre } from "@/lib/ui/viewport";
import { useLatest } from "../use-latest";

/** Animating thousands of nodes costs more than it tells; big graphs jump. */
const ANIMATE_UP_TO = 2000;

export interface CentreRequest {
  id: string;
  seq: number;
}

/** The server's arrangements of the loaded nodes (lib/layout), or null while it is still computing them. */
export type ServerPositions = (Record<LayoutView, Positions> & { start?: Positions }) | null;

/** Past this growth (such as "Load all" on an overview) the view is fitted again, and without server positions laid out afresh. */
const grewALot = (added: number, before: number) => before > 0 && added > Math.max(50, before / 4);

/**
 * Keeps the diagram in step with the view and with each `drawn` update of its elements (use-draw-elements.ts).
 * Positions change only when the layout mode or the focus changes, or on a reset: the whole graph's arrangement comes
 * from the server (drawn at once with a preset layout, no layout before the first frame); a focused view, or a graph
 * the server has no positions for yet, is computed in slices between frames. Each arrangement is cached, so Undo and Back return to exactly what was there (drags included). Filters, selection and
 * paths only set classes. Returns whether the first arrangement is in place and whether nodes or the viewport move.
 */
export function useCanvasSync(
  cy: Core | null,
  input: {
    drawn: number;
    view: ViewState;
    highlight: PathHighlight | null;
    centre: CentreRequest | null;
    server: ServerPositions;
    /** Bumped to drop every arrangement made so far (drags included) and return to `server`'s. */
    resetSeq: number;
  },
  onShown: (ids: Set<string>) => void,
): { ready: boolean; moving: boolean } {
  const { drawn, view, highlight, centre, server, resetSeq } = input;
  const [moving, setMoving] = useState(false);
  const [ready, setReady] = useState(false);
  const inFlight = useRef(0);
  const layoutKey = useRef<string | null>(null);
  const cache = useRef(new Map<string, Positions>());
  const known = useRef(new Set<string>());
  const centred = useRef(0);
  const resetDone = useRef(resetSeq);
  const onShownRef = useLatest(onShown);
  const viewRef = useLatest(view);
  // A view put on the diagram after the next paint (below); arranging first puts it on at once, since it fits what is shown.
  const pendingView = useRef<{ run: () => void; cancel: () => void } | null>(null);
  const shownHighlight = useRef<PathHighlight | null>(null);

  // Counts moves in flight. A stopped Cytoscape animation never completes, so a move can end by the clock.
  const track = useCallback((move: Promise<unknown>, deadlineMs: number | null = ANIMATION_MS + 250) => {
    inFlight.current += 1;
    setMoving(true);
    const deadline = deadlineMs === null ? move : Promise.race([move, new Promise((resolve) => setTimeout(resolve, deadlineMs))]);
    void deadline
      .catch(() => undefined)
      .then(() => {
        inFlight.current -= 1;
        if (inFlight.current === 0) setMoving(false);
      });
  }, []);

  /** Moves the nodes to `positions` and fits the view to them; the first arrangement jumps, later ones animate. */
  const arrange = useCallback(
    (instance: Core, positions: Positions, first: boolean) => {
      const pending = pendingView.current;
      if (pending) {
        pending.cancel();
        pending.run();
      }
      const current = viewRef.current;
      const target = completePositions(instance, positions, viewportCentre(instance));
      const shown = new Set(instance.elements().filter((e) => !e.hasClass("hidden")).map((e) => e.id()));
      const points = nodesToFit(instance, current.layout, shown).map((n) => target[n.id()] ?? n.position());
      const animate = !first && !prefersReducedMotion() && instance.nodes().length <= ANIMATE_UP_TO;
      const move = Promise.all([applyPositions(instance, target, animate), moveViewport(instance, fitViewport(instance, points), animate)]);
      track(move);
      void move.then(() => {
        if (first) performance.mark("graph-layout-done");
        declutterLabels(instance);
        setReady(true);
      });
    },
    [track, viewRef],
  );

  useEffect(() => {
    if (!cy) return;
    const onStartMap = startMapOn(cy, view) !== null && server?.start !== undefined;
    const arrangement = onStartMap ? "start" : view.layout;
    const fromServer = server ? (onStartMap ? server.start! : server[view.layout]) : null;
    const fresh = cy.nodes().filter((n) => !known.current.has(n.id()));
    const before = known.current.size;
    fresh.forEach((n) => void known.current.add(n.id()));
    const grew = grewALot(fresh.length, before);
    // New nodes arrive placed (use-draw-elements.ts). Without server positions to place so many by, or on a reset, the
    // whole graph is arranged again.
    const reset = resetDone.current !== resetSeq;
    resetDone.current = resetSeq;
    if ((grew && !fromServer) || reset) {
      cache.current.clear();
      layoutKey.current = null;
    }

    const key = `${arrangement}|${view.focus.join(",")}`;
    const previousKey = layoutKey.current;
    const first = layoutKey.current === null && before === 0;
    let target: Positions | null = null;
    if (key !== layoutKey.current) {
      // Finish any move in flight so the arrangement being left is cached where it was meant to end.
      cy.stop(true, true);
      cy.nodes().stop(true, true);
      if (layoutKey.current) cache.current.set(layoutKey.current, snapshotPositions(cy.nodes()));
      layoutKey.current = key;
      target = cache.current.get(key) ?? (view.focus.length === 0 ? fromServer : null);
      if (!target) {
        // Until the computed arrangement arrives, the first frame shows hubs with their neighbours around them (cheap),
        // not every node piled on one point.
        if (first) {
          const placeholder = completePositions(cy, {});
          cy.batch(() => cy.nodes().forEach((n) => void n.position(placeholder[n.id()])));
          void moveViewport(cy, fitViewport(cy, Object.values(placeholder)), false);
        }
        const focused = view.focus.length > 0 ? focusNodeIds(cy, view.focus) : null;
        const nodes = focused ? cy.nodes().filter((n) => focused.has(n.id())) : cy.nodes();
        const computing = computeLayout(view.layout, nodes, { refine: focused !== null && view.layout === "force" }).then((positions) => {
          // A newer view has taken over meanwhile: its own arrangement wins.
          if (layoutKey.current !== key || cy.destroyed()) return;
          cache.current.set(key, positions);
          arrange(cy, positions, first);
        });
        track(computing, null);
      }
    }

    const show = () => {
      pendingView.current = null;
      onShownRef.current(applyView(cy, view, highlight));
      declutterLabels(cy);
    };
    // Nothing moves and no path is new (a selection, a filter): the panels' answer is painted first and the diagram
    // follows one frame later, since restyling and redrawing hundreds of elements costs more than the rest of a click.
    // A path found is the diagram's own answer, so it is drawn at once.
    const newPath = highlight !== shownHighlight.current;
    shownHighlight.current = highlight;
    if (!target && !first && fresh.length === 0 && !reset && !newPath && key === previousKey) {
      const cancel = afterPaint(show);
      pendingView.current = { run: show, cancel };
      return () => {
        cancel();
        pendingView.current = null;
      };
    }
    show();
    if (target) arrange(cy, target, first);
    else if (grew && fromServer) track(moveViewport(cy, fitViewport(cy), false));
  }, [cy, drawn, view, highlight, server, resetSeq, track, arrange, onShownRef]);

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
  }, [cy, centre, drawn, track]);

  return { ready, moving };
}
