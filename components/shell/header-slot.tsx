"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

type SlotName = "header" | "skip";
type Slots = Record<SlotName, HTMLElement | null>;

const SlotContext = createContext<{ slots: Slots; setSlot: (name: SlotName, el: HTMLElement | null) => void }>({
  slots: { header: null, skip: null },
  setSlot: () => {},
});

/** Lets a page put its own controls into the shell (the header bar, the skip links) without the layout knowing the page. */
export function HeaderSlotProvider({ children }: { children: ReactNode }) {
  const [slots, setSlots] = useState<Slots>({ header: null, skip: null });
  // Stable, so that a slot's ref callback is too: a new callback per render would detach and attach it every time.
  const setSlot = useCallback((name: SlotName, el: HTMLElement | null) => setSlots((s) => (s[name] === el ? s : { ...s, [name]: el })), []);
  const value = useMemo(() => ({ slots, setSlot }), [slots, setSlot]);
  return <SlotContext.Provider value={value}>{children}</SlotContext.Provider>;
}

function Slot({ name, className }: { name: SlotName; className?: string }) {
  const { setSlot } = useContext(SlotContext);
  const ref = useCallback((el: HTMLDivElement | null) => setSlot(name, el), [setSlot, name]);
  return <div ref={ref} className={className} />;
}

function Fill({ name, children }: { name: SlotName; children: ReactNode }) {
  const { slots } = useContext(SlotContext);
  const slot = slots[name];
  return slot ? createPortal(children, slot) : null;
}

/** Where the page's controls go, between the navigation and the theme toggle. */
export const HeaderSlot = ({ className }: { className?: string }) => <Slot name="header" className={className} />;

/** Renders into the header slot once it is mounted; the server renders nothing there, so hydration matches. */
export const HeaderActions = ({ children }: { children: ReactNode }) => <Fill name="header">{children}</Fill>;

/** The first thing in the page's tab order, before the header. */
export const SkipLinksSlot = () => <Slot name="skip" />;

export const SkipLinksFill = ({ children }: { children: ReactNode }) => <Fill name="skip">{children}</Fill>;
