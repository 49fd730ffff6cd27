"use client";

import { queries } from "@/lib/ui/queries";
import { useApi } from "../shell/use-api";

/** The selected node's details. They never change while the page is open, so a node seen before answers from the cache. */
export const useNodeDetails = (id: string | null) => useApi(id === null ? null : queries.node(id));
