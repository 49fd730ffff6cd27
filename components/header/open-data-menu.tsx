"use client";

import { useState } from "react";
import { EXPORT_CHOICES, exportHref, type ExportScope } from "@/lib/ui/export-links";
import { DataIcon } from "../ui/icons";

interface Props {
  /** What the view shows, read when the menu opens (the diagram's shown nodes change without a render here). */
  scopeOfView: () => ExportScope;
}

const linkClass =
  "block rounded px-2 py-1 text-sm text-link hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent dark:hover:bg-slate-800";

/** Open-data downloads (GraphML, GEXF, JSON-LD, Turtle, CSV, Cypher) of the current view or the whole graph: plain links. */
export function OpenDataMenu({ scopeOfView }: Props) {
  const [scope, setScope] = useState<ExportScope>({});
  return (
    <details
      className="relative"
      data-testid="open-data-menu"
      onToggle={(event) => {
        if (event.currentTarget.open) setScope(scopeOfView());
      }}
    >
      <summary
        aria-label="Open data downloads"
        title="Download the view or the whole graph as GraphML, GEXF, JSON-LD, Turtle, CSV or Cypher"
        className="inline-flex h-8 cursor-pointer list-none items-center gap-1.5 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:text-slate-200 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden"
      >
        <DataIcon /> <span className="hidden in-data-[menu]:inline lg:inline">Data</span>
      </summary>
      <div className="absolute right-0 z-30 mt-1 grid w-max grid-cols-2 gap-x-4 rounded-md border border-slate-200 bg-white p-3 shadow-lg in-data-[menu]:static in-data-[menu]:shadow-none dark:border-slate-700 dark:bg-slate-900">
        {(
          [
            ["This view", scope],
            ["Whole graph", {}],
          ] as const
        ).map(([heading, s]) => (
          <section key={heading} aria-label={`Download ${heading.toLowerCase()}`}>
            <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{heading}</h2>
            <ul>
              {EXPORT_CHOICES.map((c) => (
                <li key={c.label}>
                  <a className={linkClass} href={exportHref(c.format, s, c.part)} download title={c.hint}>
                    {c.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="col-span-2 mt-2 px-2 text-xs text-slate-500 dark:text-slate-400">
          Formats, vocabularies and licence: README, Open data. API: <a className="text-link underline" href="/api/openapi.json">openapi.json</a>
        </p>
      </div>
    </details>
  );
}
