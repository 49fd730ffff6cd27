"use client";

import { useMemo, useState } from "react";
import type { GraphPath } from "@/lib/graph/types";
import { api } from "@/lib/ui/api-client";
import type { PathHighlight } from "@/lib/ui/apply-view";
import type { PathRequest } from "@/lib/ui/view-state";
import { useApiResource } from "./use-api-resource";
import type { Outage } from "./use-outage";

/** Runs the view's path query; all found paths are highlighted, or only the one picked from the list. */
export function usePathResults(request: PathRequest | null, outage: Outage) {
  const key = request ? JSON.stringify(request) : null;
  const paths = useApiResource<GraphPath[]>(key, (signal) => api.paths(request as PathRequest, signal), outage);
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
