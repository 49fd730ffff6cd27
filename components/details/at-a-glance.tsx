"use client";

import type { Glance, GlanceValue } from "@/lib/graph/insights/glance";
import { queries } from "@/lib/ui/queries";
import { useApi } from "../shell/use-api";
import { Button } from "../ui/button";

interface Props {
  id: string;
  hasMembers: boolean;
  onSelectNode: (id: string) => void;
}

function ValueButton({ value, hasMembers, onSelectNode }: { value: GlanceValue; hasMembers: boolean; onSelectNode: (id: string) => void }) {
  const note =
    value.origin === "inherited" && value.from
      ? `, like every ${value.from.name}`
      : value.origin === "through" && value.from
        ? `, through ${value.from.name}`
        : hasMembers && value.scope === "some"
          ? ", some of them"
          : "";
  return (
    <Button variant="link" onClick={() => onSelectNode(value.id)} className="text-left">
      {value.name}
      {note && <span className="font-normal text-slate-600 dark:text-slate-400">{note}</span>}
      {value.disputes && <span className="font-normal text-violet-800 dark:text-violet-200"> (sources disagree)</span>}
    </Button>
  );
}

/** The few facts a reader looks for first, each derived with compare's rules: its own, or inherited from every member of a category. */
export function AtAGlance({ id, hasMembers, onSelectNode }: Props) {
  // Mounted once the details are in, so the summary never waits on it; a failure leaves the full list below.
  const state = useApi<Glance>(queries.glance(id));
  if (state.status !== "ready" || state.data.rows.length === 0) return null;
  return (
    <section aria-labelledby="glance-heading" data-testid="at-a-glance" className="rounded-md border border-slate-200 p-2.5 dark:border-slate-700">
      <h3 id="glance-heading" className="mb-1 text-sm font-semibold">
        At a glance
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {state.data.rows.map((row) => (
          <div key={row.key} className="contents" data-row={row.key}>
            <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
            <dd>
              {row.values.map((v, i) => (
                <span key={v.id}>
                  {i > 0 && ", "}
                  <ValueButton value={v} hasMembers={hasMembers} onSelectNode={onSelectNode} />
                </span>
              ))}
              {row.total > row.values.length && <span className="text-slate-600 dark:text-slate-400"> and {row.total - row.values.length} more below</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
