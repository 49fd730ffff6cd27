"use client";

// Imported statically: every user of this hook is itself loaded only in the browser (next/dynamic, ssr: false).
import cytoscape, { type Core, type CytoscapeOptions, type StylesheetJson } from "cytoscape";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Theme } from "@/lib/graph/style";
import { fitViewport, moveViewport, prefersReducedMotion } from "@/lib/ui/viewport";
import { useTheme } from "../theme/theme-provider";
import { useLatest } from "../use-latest";
import type { DiagramHandle } from "@/lib/ui/diagram-handle";


interface Options {
  /** The stylesheet for a theme; a new function (or theme) restyles the same core. */
  style: (theme: Theme) => StylesheetJson;
  /** Read once, when the core is made: Cytoscape cannot change its renderer options afterwards. */
  options?: Omit<CytoscapeOptions, "container" | "style" | "elements">;
  /** Binds handlers on a new core, once; the returned function runs before it is destroyed. */
  onCreate?: (handle: DiagramHandle) => void | (() => void);
}

function handleOf(cy: Core): DiagramHandle {
  const middle = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
  return {
    cy,
    zoomBy: (factor) => void cy.zoom({ level: cy.zoom() * factor, renderedPosition: middle() }),
    fit: () => void moveViewport(cy, fitViewport(cy), !prefersReducedMotion()),
    // The whole diagram as drawn (hidden elements stay out), at twice the screen resolution.
    png: (background) => cy.png({ full: true, bg: background, scale: 2, maxWidth: 8000, maxHeight: 8000, output: "blob" }),
  };
}

/**
 * Owns one Cytoscape core per container: made when the container mounts, destroyed when it unmounts, never rebuilt
 * for new elements or a new theme (the stylesheet is swapped in place). Elements are the caller's to add.
 */
export function useCytoscape({ style, options, onCreate }: Options) {
  const { theme } = useTheme();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [handle, setHandle] = useState<DiagramHandle | null>(null);
  const sheet = useMemo(() => style(theme), [style, theme]);
  const created = useLatest({ sheet, options, onCreate });
  const styled = useRef<StylesheetJson | null>(null);

  useEffect(() => {
    if (!container) return;
    const { sheet: initialSheet, options: initial, onCreate: bind } = created.current;
    styled.current = initialSheet;
    const cy = cytoscape({ ...initial, container, style: initialSheet });
    const next = handleOf(cy);
    const unbind = bind?.(next);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the handle mirrors the core made here (an external system)
    setHandle(next);
    return () => {
      unbind?.();
      cy.destroy();
      setHandle(null);
    };
  }, [container, created]);

  useEffect(() => {
    if (!handle || styled.current === sheet) return;
    styled.current = sheet;
    handle.cy.style(sheet);
  }, [handle, sheet]);

  const ref = useCallback((node: HTMLDivElement | null) => setContainer(node), []);
  return { ref, handle };
}
