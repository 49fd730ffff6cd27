"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { REL_TYPES } from "@/lib/graph/schema";
import type { NodeRef } from "@/lib/graph/types";
import { ApiError } from "@/lib/ui/api-client";
import { DEFAULT_PATH_OPTIONS, type PathRequest } from "@/lib/ui/view-state";
import { NodeCombobox } from "../search/node-combobox";
import { Button } from "../ui/button";
import { PathOptions, type PathOptionValues } from "./path-options";
import { topHit } from "../search/use-node-search";

interface Props {
  request: PathRequest | null;
  nameOf: (id: string) => string | undefined;
  onRun: (request: PathRequest) => void;
  onClear: () => void;
}

type Picked = Pick<NodeRef, "id" | "name">;

interface End {
  text: string;
  node: Picked | null;
}

interface Draft extends PathOptionValues {
  from: End;
  to: End;
}

function draftOf(request: PathRequest | null, nameOf: Props["nameOf"]): Draft {
  const end = (id: string | undefined): End => {
    if (!id) return { text: "", node: null };
    const name = nameOf(id) ?? id;
    return { text: name, node: { id, name } };
  };
  const options = request ?? DEFAULT_PATH_OPTIONS;
  return {
    from: end(request?.from),
    to: end(request?.to),
    included: options.types.length > 0 ? options.types : [...REL_TYPES],
    directed: options.directed,
    maxHops: options.maxHops,
    mode: options.mode,
  };
}

/** From/To pickers and the query options; the form follows the path query in the view (deep link, search box, undo). */
export function PathFinder({ request, nameOf, onRun, onClear }: Props) {
  // Names come from the loaded graph: a deep link's ids become names once it has arrived.
  const requestKey = `${JSON.stringify(request)}|${request ? Boolean(nameOf(request.from) && nameOf(request.to)) : ""}`;
  const [syncedKey, setSyncedKey] = useState(requestKey);
  const [draft, setDraft] = useState(() => draftOf(request, nameOf));
  const [message, setMessage] = useState<string | null>(null);
  const client = useQueryClient();
  const toInput = useRef<HTMLInputElement>(null);
  if (syncedKey !== requestKey) {
    setSyncedKey(requestKey);
    setDraft(draftOf(request, nameOf));
  }
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  /** A picked suggestion is used as it is; only typed text is looked up (both ends at once). */
  const resolve = async (end: End, label: string): Promise<Picked | string> => {
    if (end.node) return end.node;
    if (!end.text.trim()) return `Choose a concept in “${label}”.`;
    return (await topHit(client, end.text)) ?? `No concept matches “${end.text.trim()}”.`;
  };

  const run = async (draft: Draft) => {
    setMessage(null);
    try {
      const [from, to] = await Promise.all([resolve(draft.from, "From"), resolve(draft.to, "To")]);
      if (typeof from === "string" || typeof to === "string") {
        setMessage(typeof from === "string" ? from : (to as string));
        return;
      }
      update({ from: { text: from.name, node: from }, to: { text: to.name, node: to } });
      onRun({
        from: from.id,
        to: to.id,
        types: draft.included.length === REL_TYPES.length ? [] : [...draft.included].sort(),
        directed: draft.directed,
        maxHops: draft.maxHops,
        mode: draft.mode,
      });
    } catch (error) {
      // The cache has already reported an outage to the banner.
      if (!(error instanceof ApiError)) throw error;
      setMessage(error.message);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(draft);
  };

  // Enter runs the query as soon as both ends are there; in From with To still empty, it moves on to To.
  const onEnterIn = (which: "from" | "to", next: Draft) => {
    if (which === "from" && !next.to.node && !next.to.text.trim()) toInput.current?.focus();
    else void run(next);
  };

  const endPicker = (which: "from" | "to", label: string) => (
    <NodeCombobox
      label={label}
      text={draft[which].text}
      inputRef={which === "to" ? toInput : undefined}
      onTextChange={(text) => update({ [which]: { text, node: null } })}
      onPick={(node, by) => {
        const next = { ...draft, [which]: { text: node.name, node } };
        setDraft(next);
        if (by === "enter") onEnterIn(which, next);
      }}
      onEnter={() => onEnterIn(which, draft)}
      placeholder={which === "from" ? "e.g. GPT-4" : "e.g. Generative AI"}
    />
  );

  return (
    <section id="path-finder" tabIndex={-1} aria-labelledby="paths-heading" className="space-y-2 focus:outline-none">
      <h2 id="paths-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        Path finder
      </h2>
      <form onSubmit={submit} className="space-y-2">
        {endPicker("from", "From")}
        {endPicker("to", "To")}
        <PathOptions options={draft} onChange={update} />
        <div className="flex gap-2">
          <Button variant="primary" type="submit" disabled={draft.included.length === 0} className="flex-1">
            Find paths
          </Button>
          <button
            type="button"
            onClick={() => update({ from: draft.to, to: draft.from })}
            className="rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            aria-label="Swap From and To"
            title="Swap From and To"
          >
            ⇅
          </button>
          {request && (
            <button
              type="button"
              onClick={onClear}
              className="rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Clear
            </button>
          )}
        </div>
        <p role="status" className="text-xs text-danger empty:hidden">
          {message}
        </p>
      </form>
    </section>
  );
}
