"use client";

import { useCallback, useMemo, useState } from "react";
import type { LayoutView, PackedPositions } from "@/lib/layout/types";
import { EMPTY_SAVED, readSaved, withMove, writeSaved, type Arrangement, type SavedPositions } from "@/lib/ui/saved-positions";

/**
 * Dragged positions of this graph version, kept across reloads. They are read when the version first shows up and on a
 * reset; a drag writes storage but does not change what is returned (the node is already where it was dropped).
 */
export function useSavedPositions(version: string | null) {
  const [resetSeq, setResetSeq] = useState(0);
  // resetSeq is a dependency on purpose: a reset must read storage again (now empty).
  const saved = useMemo<SavedPositions>(() => (version && resetSeq >= 0 ? readSaved(version) : EMPTY_SAVED), [version, resetSeq]);

  const save = useCallback(
    (arrangement: Arrangement, id: string, position: { x: number; y: number }) => {
      if (version) writeSaved(version, withMove(readSaved(version), arrangement, id, position));
    },
    [version],
  );
  const reset = useCallback(() => {
    if (version) writeSaved(version, null);
    setResetSeq((n) => n + 1);
  }, [version]);

  /** Puts a whole arrangement (an imported view's) in place of the one drawn, and keeps it like a drag. */
  const replace = useCallback(
    (layout: LayoutView, positions: PackedPositions) => {
      if (version) writeSaved(version, { ...readSaved(version), [layout]: positions });
      setResetSeq((n) => n + 1);
    },
    [version],
  );

  return { saved, resetSeq, save, reset, replace };
}
