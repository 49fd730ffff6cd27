"use client";

import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";

/** `header`: the bar; `menu`: the narrow header's menu panel; `skip`: the skip links, first in the tab order. */
type SlotName = "header" | "menu" | "skip";
type Slots = Record<SlotName, HTMLElement | null>;

const NONE: Slots = { header: null, menu: null, skip: null };
const SlotContext = createContext<{ slots: Slots; setSlot: (name: SlotName, el: HTMLElement | null) => void }>({
  slots: NONE,
  setSlot: () => {},
});

/** Lets a page put its own controls into the shell (header bar, menu, skip links) without the layout knowing the page. */
export function HeaderSlotProvider({ children }: { children: ReactNode }) {
  const [slots, setSlots] = useState<Slots>(NONE);
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

/** Renders into a slot once it is mounted; the server renders nothing there, so hydration matches. */
function Fill({ name, children }: { name: SlotName; children: ReactNode }) {
  const slot = useContext(SlotContext).slots[name];
  return slot ? createPortal(children, slot) : null;
}

/** Where the page's controls go, between the navigation and the theme toggle. */
export const HeaderSlot = ({ className }: { className?: string }) => <Slot name="header" className={className} />;
export const HeaderActions = ({ children }: { children: ReactNode }) => <Fill name="header">{children}</Fill>;

/** Where page tools go in the narrow header's menu panel. */
export const MenuSlot = ({ className }: { className?: string }) => <Slot name="menu" className={className} />;

/** The first thing in the page's tab order, before the header. */
export const SkipLinksSlot = () => <Slot name="skip" />;
export const SkipLinksFill = ({ children }: { children: ReactNode }) => <Fill name="skip">{children}</Fill>;

/** The menu slot while the header is narrow (below Tailwind's `lg`), otherwise null. */
export function useMenuTarget(): HTMLElement | null {
  const { menu } = useContext(SlotContext).slots;
  return useNarrow() ? menu : null;
}

const NARROW = "(width < 64rem)";
const subscribeToWidth = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Below `lg`, the width at which the header collapses into a menu (the same breakpoint as its classes). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribeToWidth, () => window.matchMedia(NARROW).matches, () => false);
}
