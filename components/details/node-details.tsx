"use client";

import Link from "next/link";
import { useMemo, type RefObject } from "react";
import type { NodeDetails, NodeRef } from "@/lib/graph/types";
import { factLabel, factText } from "@/lib/ui/facts";
import type { LoadState } from "@/lib/ui/load-state";
import { compareUrl } from "@/lib/ui/url-state";
import { KindIcon } from "../legend/swatches";
import { ExpandIcon } from "../ui/icons";
import { AtAGlance } from "./at-a-glance";
import { RelationshipGroups } from "./relationship-groups";
import { numberSources, SourceFootnotes } from "./source-list";

interface Props {
  id: string;
  /** What the loaded graph already knows, so name and kind show before the details arrive. */
  known: NodeRef | undefined;
  state: LoadState<NodeDetails>;
  expanded: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSelectNode: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

const BASE_KEYS = new Set(["id", "name", "kind", "aliases", "summary"]);

export function NodeDetailsView({ id, known, state, expanded, headingRef, onSelectNode, onToggleExpand }: Props) {
  const details = state.status === "ready" ? state.data : null;
  const node = details?.node ?? known;
  const facts = details ? Object.entries(details.node).filter(([key]) => !BASE_KEYS.has(key)) : [];
  const sources = useMemo(() => numberSources(details?.relationships.map((r) => r.sources) ?? []), [details]);

  return (
    <article className="space-y-4">
      <header className="space-y-1.5">
        {node && (
          <p className="flex items-center gap-1.5 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
            <KindIcon kind={node.kind} /> {node.kind}
          </p>
        )}
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-tight focus:outline-none">
          {node?.name ?? id}
        </h2>
        {details && details.node.aliases.length > 0 && (
          <p className="text-xs text-slate-500 dark:text-slate-400">Also called {details.node.aliases.join(", ")}</p>
        )}
      </header>

      {state.status === "loading" && (
        <div className="space-y-2" aria-busy="true" aria-label="Loading details">
          <div className="h-3 w-full animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-3 w-5/6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-3 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      )}
      {state.status === "unavailable" && (
        <p className="text-sm text-warn">The details load as soon as the database is back.</p>
      )}
      {state.status === "error" && (
        <p className="text-sm text-danger">
          {state.error.status === 404 ? `There is no concept with the id “${id}”.` : `The details could not be loaded: ${state.error.message}.`}
        </p>
      )}

      {details && (
        <>
          <p className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">{details.node.summary}</p>
          <AtAGlance
            id={id}
            hasMembers={details.relationships.some((r) => r.type === "IS_A" && r.direction === "in")}
            onSelectNode={onSelectNode}
          />
          {facts.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md bg-slate-50 p-2.5 text-xs dark:bg-slate-900">
              {facts.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-slate-500 dark:text-slate-400">{factLabel(key)}</dt>
                  <dd className="font-medium">{factText(value)}</dd>
                </div>
              ))}
            </dl>
          )}
          <button
            type="button"
            aria-pressed={expanded}
            onClick={() => onToggleExpand(id)}
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 aria-pressed:border-blue-400 aria-pressed:bg-blue-50 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-blue-600 dark:aria-pressed:bg-blue-950"
            title="Show only this concept and its neighbours (double-click a node does the same)"
          >
            <ExpandIcon /> {expanded ? "Collapse neighbours" : "Focus on neighbours"}
          </button>{" "}
          <Link
            href={compareUrl(id)}
            prefetch={false}
            className="inline-flex items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Compare with…
          </Link>
          <section aria-labelledby="relationships-heading">
            <h3 id="relationships-heading" className="mb-2 text-sm font-semibold">
              Relationships <span className="font-normal text-slate-500 dark:text-slate-400">({details.relationships.length})</span>
            </h3>
            <RelationshipGroups key={id} relationships={details.relationships} sourceNumbers={sources.numbers} onSelectNode={onSelectNode} />
          </section>
          <SourceFootnotes articles={sources.articles} />
        </>
      )}
    </article>
  );
}
