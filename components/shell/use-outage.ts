"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { Outage, OutageState } from "@/lib/ui/outage";

const NO_OUTAGE: Outage = {
  getState: () => UP,
  subscribe: () => () => {},
  report: () => {},
  retryNow: () => {},
};
const UP: OutageState = { down: false, retryAt: 0 };

export const OutageContext = createContext<Outage>(NO_OUTAGE);

/** The page-wide outage, for reporting a failure from a call made outside a query. */
export const useOutage = () => useContext(OutageContext);

/** Whether the API is down now; the server always renders it up. */
export function useOutageState(): OutageState {
  const outage = useOutage();
  return useSyncExternalStore(outage.subscribe, outage.getState, () => UP);
}
