"use client";

import { useMemo, useState } from "react";
import type { GraphPath } from "@/lib/graph/types";
import type { PathHighlight } from "@/lib/ui/apply-view";
import { queries } from "@/lib/ui/queries";
import type { PathRequest } from "@/lib/ui/view-state";
import { useApi } from "../shell/use-api";

/** Runs the view's path query; all found paths are highlighted, or only the one picked from the list. */
export function usePathResults(request: PathRequest | null) {
  const key = request ? JSON.stringify(request) : null;
  const paths = useApi<GraphPath[]>(request && queries.paths(request));
  const [picked, setPicked] = useState<{ key: string | null; index: number | null }>({ key: null, index: null });
  const active = picked.key === key ? picked.index : null;

  const highlight = useMemo<PathHighlight | null>(() => {
    if (paths.status !== "ready" || paths.data.length === 0) return null;
    const shown = active === null ? paths.data : [paths.data[active]];
    return {
      nodes: [...new Set(shown.flatMap((p) => p.nodes.map((n) => n.id)))],
      edges: [...new Set(shown.flatMap((p) => p.relationships.map((r) => r.id)))],
    };
  }, [paths, active]);

  return { paths, active, setActive: (index: number | null) => setPicked({ key, index }), highlight };
}
