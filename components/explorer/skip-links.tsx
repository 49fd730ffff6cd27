"use client";

import { SkipLinksFill } from "../shell/header-slot";

const TARGETS = [
  { id: "diagram", label: "Skip to diagram" },
  { id: "details", label: "Skip to details" },
  { id: "path-finder", label: "Skip to path finder" },
];

/**
 * The explorer's first stops for the keyboard: each moves focus straight to a region (details in three key presses
 * from the top: Tab, Tab, Enter). Hidden until focused.
 */
export function SkipLinks() {
  return (
    <SkipLinksFill>
      <nav aria-label="Skip links" className="contents">
        {TARGETS.map((t) => (
          <a
            key={t.id}
            href={`#${t.id}`}
            onClick={(event) => {
              const target = document.getElementById(t.id);
              if (!target) return;
              event.preventDefault();
              target.focus();
              target.scrollIntoView({ block: "nearest" });
            }}
            className="sr-only rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
          >
            {t.label}
          </a>
        ))}
      </nav>
    </SkipLinksFill>
  );
}
