"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../ui/button";
import { MenuIcon } from "../ui/icons";
import { MenuSlot } from "./header-slot";
import { PageNav } from "./page-nav";
import { ThemeToggle } from "./theme-toggle";

/** The narrow header's menu: the pages, the page's tools (portalled into its slot) and the theme. */
export function HeaderMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [shownOn, setShownOn] = useState(pathname);
  // Following a link in the menu closes it: the new page should be what the reader sees.
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("pointerdown", onPointerDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div ref={root} className="lg:hidden">
      <Button variant="icon" aria-expanded={open} aria-controls={id} className="h-10" onClick={() => setOpen((o) => !o)}>
        <MenuIcon /> Menu
      </Button>
      {/* Kept mounted while closed: the page portals its tools into the slot once, not on every opening. */}
      <div
        id={id}
        hidden={!open}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] space-y-3 overflow-y-auto border-b border-slate-200 bg-white p-3 shadow-lg dark:border-slate-800 dark:bg-slate-950"
      >
        <PageNav className="flex flex-wrap items-center gap-2 text-base" />
        <MenuSlot className="empty:hidden" />
        <div className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          <ThemeToggle /> Theme
        </div>
      </div>
    </div>
  );
}
