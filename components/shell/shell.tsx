import type { ReactNode } from "react";
import { HeaderSlotProvider, SkipLinksSlot } from "./header-slot";
import { OutageBanner } from "./outage-banner";
import { Providers } from "./providers";
import { SiteHeader } from "./site-header";

/** Every page's frame: one header, one outage banner, and the page filling the rest (scrolling inside it). */
export function Shell({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <HeaderSlotProvider>
        <div className="flex h-dvh flex-col">
          <SkipLinksSlot />
          <SiteHeader />
          <OutageBanner />
          <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
        </div>
      </HeaderSlotProvider>
    </Providers>
  );
}
