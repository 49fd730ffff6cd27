"use client";

import { useState, type KeyboardEvent, type ReactNode } from "react";
import type { Selection } from "@/lib/ui/view-state";

/** The ids of the two panels the sheet switches between (the explorer puts them on its panel containers). */
export const SHEET_PANELS = { details: "sheet-details", side: "sheet-side" } as const;
type Tab = keyof typeof SHEET_PANELS;

const TABS: { key: Tab; label: string }[] = [
  { key: "details", label: "Details" },
  { key: "side", label: "Paths & legend" },
];

interface Props {
  selection: Selection;
  /** Changes when a path query or a question is made: its results are in the side panel, so the sheet shows it. */
  sideKey: string | null;
  className: string;
  children: ReactNode;
}

const tabClass =
  "h-10 rounded-md px-3 text-sm font-medium text-slate-600 focus-visible:outline-2 focus-visible:outline-accent aria-selected:bg-slate-100 aria-selected:text-slate-900 dark:text-slate-300 dark:aria-selected:bg-slate-800 dark:aria-selected:text-white";

/**
 * Below `lg` the panels beside the diagram become a bottom sheet: a tab bar, and under it the chosen panel, shown
 * once something is selected or asked. Its `data-sheet` drives the panels' own classes, so they stay where they are
 * in the page (and unchanged on a wide screen, where the tab bar is hidden).
 */
export function PanelSheet({ selection, sideKey, className, children }: Props) {
  const [tab, setTab] = useState<Tab>("details");
  const [open, setOpen] = useState(false);
  const selected = selection ? `${selection.kind}:${selection.id}` : null;
  const [seen, setSeen] = useState({ selected, sideKey });
  if (seen.selected !== selected || seen.sideKey !== sideKey) {
    setSeen({ selected, sideKey });
    if (selected !== seen.selected && selected) {
      setTab("details");
      setOpen(true);
    } else if (sideKey !== seen.sideKey && sideKey) {
      setTab("side");
      setOpen(true);
    } else if (!selected && tab === "details") {
      // Tapping the empty diagram clears the selection: give the diagram its room back.
      setOpen(false);
    }
  }

  const choose = (next: Tab) => {
    setTab(next);
    setOpen(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next = TABS[(TABS.findIndex((t) => t.key === tab) + 1) % TABS.length].key;
    choose(next);
    document.getElementById(`${SHEET_PANELS[next]}-tab`)?.focus();
  };

  return (
    <div className={`group/sheet ${className}`} data-sheet={open ? tab : "closed"}>
      <div className="order-1 flex shrink-0 items-center gap-2 border-t border-slate-200 bg-white px-2 py-1 lg:hidden dark:border-slate-800 dark:bg-slate-950">
        <div role="tablist" aria-label="Panels" className="flex flex-1 gap-1">
          {TABS.map((t) => (
            <button
              key={t.key}
              type="button"
              role="tab"
              id={`${SHEET_PANELS[t.key]}-tab`}
              aria-selected={t.key === tab}
              aria-controls={SHEET_PANELS[t.key]}
              tabIndex={t.key === tab ? 0 : -1}
              className={tabClass}
              onClick={() => choose(t.key)}
              onKeyDown={onKeyDown}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          aria-label="Panel"
          aria-expanded={open}
          aria-controls={SHEET_PANELS[tab]}
          className="flex h-10 w-12 items-center justify-center rounded-md text-slate-600 focus-visible:outline-2 focus-visible:outline-accent dark:text-slate-300"
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" className={open ? "rotate-180" : ""}>
            <path d="m6 15 6-6 6 6" />
          </svg>
        </button>
      </div>
      {children}
    </div>
  );
}
