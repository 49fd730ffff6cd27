"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { AskResult, Verdict } from "@/lib/graph/ask/ask-types";
import type { NodeRef } from "@/lib/graph/types";
import type { LoadState } from "@/lib/ui/load-state";
import { compareUrl } from "@/lib/ui/url-state";
import { CONTESTED_URL } from "../disputed-mark";
import { PathSentence } from "../paths/path-results";

interface Props {
  question: string;
  state: LoadState<AskResult>;
  onClose: () => void;
  /** Opens the path finder between two concepts. */
  onShowPath: (from: NodeRef, to: NodeRef) => void;
  onSelectNode: (id: string) => void;
}

const VERDICT: Record<Verdict, { label: string; className: string }> = {
  yes: { label: "Yes", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100" },
  no: { label: "No", className: "bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100" },
  partly: { label: "Partly", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100" },
  contested: { label: "Sources disagree", className: "bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100" },
  "not-recorded": { label: "Not recorded", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
  unknown: { label: "Unknown", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
};

const buttonClass =
  "rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-accent dark:border-slate-600 dark:hover:bg-slate-800";

/** Long answers are cut for the card, and say so: nothing is dropped silently. */
const ITEMS_SHOWN = 12;
const PATHS_SHOWN = 6;

function More({ total, shown, what }: { total: number; shown: number; what: string }) {
  if (total <= shown) return null;
  return <p className="text-xs text-slate-600 dark:text-slate-400">and {total - shown} {what}</p>;
}

function CardSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</h3>
      {children}
    </div>
  );
}

function Body({ result, onShowPath, onSelectNode }: { result: AskResult } & Pick<Props, "onShowPath" | "onSelectNode">) {
  const { answer, interpretation } = result;
  const [a, b] = interpretation.concepts;
  const first = answer.paths[0];
  const ends = first && first.nodes.length > 1 ? ([first.nodes[0], first.nodes[first.nodes.length - 1]] as const) : null;
  return (
    <>
      {answer.items.length > 0 && (
        <ul aria-label="In the answer" className="flex flex-wrap gap-1">
          {answer.items.slice(0, ITEMS_SHOWN).map((item) => (
            <li key={item.id}>
              <button type="button" className={buttonClass} onClick={() => onSelectNode(item.id)} title={`Select ${item.name} (${item.kind})`}>
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <More total={answer.items.length} shown={ITEMS_SHOWN} what="more" />
      {answer.paths.length > 0 && (
        <CardSection title="Evidence">
          <ol aria-label="Evidence" className="mt-1 space-y-1 text-xs">
            {answer.paths.slice(0, PATHS_SHOWN).map((p, i) => (
              <li key={i}>
                <PathSentence path={p} />
              </li>
            ))}
          </ol>
          <More total={answer.paths.length} shown={PATHS_SHOWN} what="more paths, highlighted on the diagram" />
        </CardSection>
      )}
      {answer.disputes && answer.disputes.length > 0 && (
        <CardSection title="Sources disagree">
          <ul aria-label="Sources that disagree" className="mt-1 space-y-0.5 text-xs">
            {answer.disputes.map((d) => (
              <li key={`${d.relationship}|${d.source.id}`}>
                <cite className="not-italic">{d.source.title}</cite>
                {d.source.published ? ` (${d.source.published})` : ""}: {d.note}
              </li>
            ))}
          </ul>
          <Link href={CONTESTED_URL} prefetch={false} className="text-xs text-link underline">
            Every claim the articles disagree about
          </Link>
        </CardSection>
      )}
      {answer.sources.length > 0 && (
        <CardSection title="Sources">
          <ul aria-label="Sources" className="mt-1 space-y-0.5 text-xs text-slate-600 dark:text-slate-300">
            {[...new Map(answer.sources.map((s) => [s.id, s])).values()].map((s) => (
              <li key={s.id}>
                <cite className="not-italic">{s.title}</cite>
                {s.published ? ` (as of ${s.published})` : ""}
              </li>
            ))}
          </ul>
        </CardSection>
      )}
      <div className="flex flex-wrap gap-1.5">
        {a && b && (
          <Link href={compareUrl(a.id, b.id)} prefetch={false} className={buttonClass}>
            Compare {a.name} and {b.name}
          </Link>
        )}
        {ends && (
          <button type="button" className={buttonClass} onClick={() => onShowPath(ends[0], ends[1])}>
            Show path in the path finder
          </button>
        )}
      </div>
    </>
  );
}

/**
 * The answer to a question typed in the search box: verdict, sentence, evidence, sources. The sentence is a live status,
 * so a screen reader hears it arrive while focus stays in the search box for the next question.
 */
export function AnswerCard({ question, state, onClose, onShowPath, onSelectNode }: Props) {
  const result = state.status === "ready" ? state.data : null;
  const verdict = result?.answer.verdict;
  const status =
    state.status === "ready"
      ? result!.answer.text
      : state.status === "error"
        ? state.error.status === 429
          ? "Too many questions just now; try again in a minute."
          : state.error.message
        : state.status === "unavailable"
          ? "The answer comes as soon as the database is back."
          : "Looking for the answer…";

  return (
    <section aria-labelledby="answer-heading" className="space-y-2 rounded-md border border-blue-200 bg-blue-50/60 p-3 text-sm dark:border-blue-900 dark:bg-blue-950/30" data-testid="answer-card">
      <div className="flex items-start justify-between gap-2">
        <h2 id="answer-heading" className="text-sm font-semibold">
          Answer
        </h2>
        <button type="button" className={buttonClass} onClick={onClose} aria-label="Close the answer">
          Close
        </button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <span className="sr-only">Question: </span>“{question}”
      </p>
      <div role="status" aria-live="polite" className="space-y-1">
        {verdict && (
          <p>
            <span className="sr-only">Verdict: </span>
            <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-bold ${VERDICT[verdict].className}`} data-verdict={verdict}>
              {VERDICT[verdict].label}
            </span>
          </p>
        )}
        <p className={state.status === "error" ? "text-danger" : undefined}>{status}</p>
        {result?.interpretation.readings && <p className="text-xs text-slate-600 dark:text-slate-400">{result.interpretation.readings.join("; ")}.</p>}
      </div>
      {result && <Body result={result} onShowPath={onShowPath} onSelectNode={onSelectNode} />}
    </section>
  );
}
