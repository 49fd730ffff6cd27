import Link from "next/link";
import type { Dispute } from "@/lib/graph/types";

/** The page that lists every claim the articles disagree about. */
export const CONTESTED_URL = "/contested";

/** "Sources disagree", with who disputes the claim and what they say instead, wherever a disputed value is shown. */
export function DisputedMark({ disputes }: { disputes: Dispute[] }) {
  return (
    <span className="ml-1" data-disputed="true">
      <span className="rounded bg-violet-100 px-1 py-0.5 text-[10px] font-medium uppercase tracking-wide text-violet-900 dark:bg-violet-900/60 dark:text-violet-100">
        sources disagree
      </span>
      {disputes.length > 0 && (
        <span className="block text-xs text-slate-600 dark:text-slate-400">
          {disputes.map((d) => `${d.source.title}${d.source.published ? ` (${d.source.published})` : ""}: ${d.note}`).join("; ")}{" "}
          <Link href={CONTESTED_URL} prefetch={false} className="text-link underline">
            Every disagreement
          </Link>
        </span>
      )}
    </span>
  );
}
