"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

const SlotContext = createContext<{ slot: HTMLElement | null; setSlot: (el: HTMLElement | null) => void }>({
  slot: null,
  setSlot: () => {},
});

/** Lets a page put its own controls into the shell's header bar without the layout knowing the page. */
export function HeaderSlotProvider({ children }: { children: ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return <SlotContext.Provider value={{ slot, setSlot }}>{children}</SlotContext.Provider>;
}

/** Where the page's controls go, between the navigation and the theme toggle. */
export function HeaderSlot({ className }: { className?: string }) {
  const { setSlot } = useContext(SlotContext);
  return <div ref={setSlot} className={className} />;
}

/** Renders into the header slot once it is mounted; the server renders nothing there, so hydration matches. */
export function HeaderActions({ children }: { children: ReactNode }) {
  const { slot } = useContext(SlotContext);
  return slot ? createPortal(children, slot) : null;
}
