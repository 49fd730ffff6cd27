"use client";

import { useRef } from "react";
import type { NodeDetails } from "@/lib/graph/types";
import { api } from "@/lib/ui/api-client";
import { useApiResource } from "./use-api-resource";
import type { Outage } from "./use-outage";

/** The selected node's details. They never change while the page is open, so a node seen before answers from memory. */
export function useNodeDetails(id: string | null, outage: Outage) {
  const cache = useRef(new Map<string, NodeDetails>());
  return useApiResource(
    id,
    async (signal) => {
      const key = id as string;
      const cached = cache.current.get(key);
      if (cached) return cached;
      const loaded = await api.node(key, signal);
      cache.current.set(key, loaded);
      return loaded;
    },
    outage,
  );
}
