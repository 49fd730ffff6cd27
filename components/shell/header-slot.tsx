"use client";

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";

interface Slots {
  slot: HTMLElement | null;
  setSlot: (el: HTMLElement | null) => void;
  /** The narrow header's menu panel, where a page's tools go when the bar has no room for them. */
  menu: HTMLElement | null;
  setMenu: (el: HTMLElement | null) => void;
}

const SlotContext = createContext<Slots>({ slot: null, setSlot: () => {}, menu: null, setMenu: () => {} });

/** Lets a page put its own controls into the shell's header bar without the layout knowing the page. */
export function HeaderSlotProvider({ children }: { children: ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  return <SlotContext.Provider value={{ slot, setSlot, menu, setMenu }}>{children}</SlotContext.Provider>;
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

/** Where page tools go in the narrow header's menu panel. */
export function MenuSlot({ className }: { className?: string }) {
  const { setMenu } = useContext(SlotContext);
  return <div ref={setMenu} className={className} />;
}

/** The menu slot while the header is narrow (below Tailwind's `lg`), otherwise null. */
export function useMenuTarget(): HTMLElement | null {
  const { menu } = useContext(SlotContext);
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
