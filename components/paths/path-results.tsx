"use client";

import { Fragment, useState } from "react";
import { MAX_HOPS } from "@/lib/graph/limits";
import type { GraphPath } from "@/lib/graph/types";
import { PATH_ORDER_NOTE } from "@/lib/graph/path-rank";
import { readPath, startText, stepJoin } from "@/lib/graph/phrases";
import type { PathRequest } from "@/lib/ui/view-state";
import type { LoadState } from "@/lib/ui/load-state";

interface Props {
  request: PathRequest;
  state: LoadState<GraphPath[]>;
  nameOf: (id: string) => string | undefined;
  /** The path highlighted on its own, or null for all of them. */
  active: number | null;
  onActivate: (index: number | null) => void;
  onRelax: (patch: Partial<PathRequest>) => void;
}

export function PathSentence({ path }: { path: GraphPath }) {
  const { start, steps } = readPath(path);
  return (
    <>
      {startText(start, steps)}
      {steps.map((step, i) => (
        <Fragment key={i}>
          {stepJoin(step, i)}
          <strong className="font-semibold text-rose-700 dark:text-rose-300">{step.phrase}</strong> {step.node.name}
        </Fragment>
      ))}
    </>
  );
}

/** The rest of a long list waits behind "Show more": the best-ranked paths come first. */
const FIRST_LISTED = 6;

const relaxClass =
  "rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Found paths in plain language, one line each; a click highlights that path alone. */
export function PathResults({ request, state, nameOf, active, onActivate, onRelax }: Props) {
  const [showAll, setShowAll] = useState(false);
  const from = nameOf(request.from) ?? request.from;
  const to = nameOf(request.to) ?? request.to;

  if (state.status === "loading" || state.status === "idle") {
    return <p className="text-sm text-slate-500 dark:text-slate-400">Finding paths from {from} to {to}…</p>;
  }
  if (state.status === "unavailable") {
    return <p className="text-sm text-warn">The path query runs again as soon as the database is back.</p>;
  }
  if (state.status === "error") {
    const text = state.error.status === 404 ? `${state.error.message}.` : state.error.status === 429 ? "Too many path queries just now; try again in a minute." : state.error.message;
    return <p className="text-sm text-danger">{text}</p>;
  }

  const paths = state.data;
  if (paths.length === 0) {
    const relaxations: { label: string; patch: Partial<PathRequest> }[] = [];
    if (request.directed) relaxations.push({ label: "Ignore direction", patch: { directed: false } });
    if (request.types.length > 0) relaxations.push({ label: "Allow every relationship type", patch: { types: [] } });
    if (request.maxHops < MAX_HOPS) relaxations.push({ label: `Allow up to ${MAX_HOPS} hops`, patch: { maxHops: MAX_HOPS } });
    return (
      <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2.5 text-sm dark:border-amber-700 dark:bg-amber-950/40">
        <p>
          No path from <strong>{from}</strong> to <strong>{to}</strong> within {request.maxHops} hops
          {request.directed ? ", following arrow direction" : ""}
          {request.types.length > 0 ? `, over ${request.types.length} relationship type${request.types.length > 1 ? "s" : ""}` : ""}.
        </p>
        {relaxations.length > 0 ? (
          <div className="flex flex-wrap gap-1.5">
            {relaxations.map((r) => (
              <button key={r.label} type="button" className={relaxClass} onClick={() => onRelax(r.patch)}>
                {r.label}
              </button>
            ))}
          </div>
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-400">These two concepts are not connected in the graph.</p>
        )}
      </div>
    );
  }

  const hops = paths[0].relationships.length;
  const listed = showAll ? paths : paths.slice(0, FIRST_LISTED);
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between text-xs text-slate-500 dark:text-slate-400">
        <span>
          {paths.length} {request.mode === "all" ? "" : "shortest "}path{paths.length > 1 ? "s" : ""}
          {request.mode === "shortest" ? `, ${hops} hop${hops > 1 ? "s" : ""}` : ""}
        </span>
        {active !== null && paths.length > 1 && (
          <button type="button" className="font-medium text-link hover:underline" onClick={() => onActivate(null)}>
            Highlight all
          </button>
        )}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{PATH_ORDER_NOTE}</p>
      <ol aria-label="Paths" className="space-y-1">
        {listed.map((path, i) => (
          <li key={path.relationships.map((r) => r.id).join("|")}>
            <button
              type="button"
              aria-pressed={active === i}
              onClick={() => onActivate(active === i ? null : i)}
              className="w-full rounded-md border border-slate-200 px-2.5 py-1.5 text-left text-sm leading-snug hover:border-rose-300 hover:bg-rose-50 aria-pressed:border-rose-400 aria-pressed:bg-rose-50 dark:border-slate-700 dark:hover:border-rose-700 dark:hover:bg-rose-950/40 dark:aria-pressed:border-rose-600 dark:aria-pressed:bg-rose-950/50"
            >
              <PathSentence path={path} />
            </button>
          </li>
        ))}
      </ol>
      {paths.length > listed.length && (
        <button type="button" className="text-xs font-medium text-link hover:underline" onClick={() => setShowAll(true)}>
          Show {paths.length - listed.length} more
        </button>
      )}
    </div>
  );
}
