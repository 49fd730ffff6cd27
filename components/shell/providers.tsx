"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { createClientLayer } from "@/lib/ui/client-layer";
import { OutageContext } from "./use-outage";

/** Mounted once by the root layout, so every page shares one cache and one outage. */
export function Providers({ children }: { children: ReactNode }) {
  // Made once per browser tab (and per request on the server), never shared between visitors.
  const [layer] = useState(createClientLayer);
  return (
    <QueryClientProvider client={layer.client}>
      <OutageContext.Provider value={layer.outage}>{children}</OutageContext.Provider>
    </QueryClientProvider>
  );
}
