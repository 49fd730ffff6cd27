"use client";

import { useId, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import type { SearchResult } from "@/lib/graph/types";
import { KindIcon } from "../legend/swatches";
import { useNodeSearch } from "./use-node-search";

interface Props {
  label: string;
  /** Keep the label for assistive technology only (the header search box shows a placeholder and an icon instead). */
  labelHidden?: boolean;
  text: string;
  onTextChange: (text: string) => void;
  /** An option was chosen, by click or by Enter (on the highlighted option, or the first with enterPicksFirst). */
  onPick: (result: SearchResult, by: "enter" | "pointer") => void;
  /** Enter with no option highlighted: the caller resolves the text itself. */
  onEnter?: (text: string) => void;
  /** Enter with no option highlighted picks the first suggestion, as a plain picker should. */
  enterPicksFirst?: boolean;
  /** Whether to suggest for this text (the header box skips path queries). */
  suggestFor?: (text: string) => boolean;
  placeholder?: string;
  icon?: ReactNode;
  inputClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Names like the text, offered when the search finds nothing (an unrelated hit is never presented as a match). */
  closest?: (text: string) => SearchResult[];
}

/** A concept picker with suggestions, following the WAI-ARIA combobox pattern (list autocomplete, active descendant). */
export function NodeCombobox({ label, labelHidden, text, onTextChange, onPick, onEnter, enterPicksFirst, suggestFor, placeholder, icon, inputClassName, inputRef, closest }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggest = open && (suggestFor ? suggestFor(text) : true);
  const { results: found, loading } = useNodeSearch(suggest ? text : null);
  const nothingFound = found.length === 0 && !loading && text.trim() !== "";
  const offered = useMemo(() => (nothingFound && closest ? closest(text) : []), [nothingFound, closest, text]);
  const results = found.length > 0 ? found : offered;
  const expanded = suggest && text.trim() !== "" && (results.length > 0 || !loading);
  const activeIndex = active < results.length ? active : -1;

  const pick = (result: SearchResult, by: "enter" | "pointer") => {
    setOpen(false);
    setActive(-1);
    onPick(result, by);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        setOpen(true);
        if (results.length === 0) return;
        const step = event.key === "ArrowDown" ? 1 : -1;
        // Cycles through the options and back to the text itself (-1).
        setActive((a) => {
          const next = a + step;
          if (next >= results.length) return -1;
          return next < -1 ? results.length - 1 : next;
        });
        return;
      }
      case "Enter":
        event.preventDefault();
        if (expanded && activeIndex >= 0) pick(results[activeIndex], "enter");
        else if (enterPicksFirst && results.length > 0) pick(results[0], "enter");
        else {
          setOpen(false);
          onEnter?.(text);
        }
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          onTextChange("");
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  };

  return (
    <div className="relative">
      <label htmlFor={id} className={labelHidden ? "sr-only" : "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400"}>
        {label}
      </label>
      <div className="relative">
        {icon && <span className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-slate-400">{icon}</span>}
        <input
          id={id}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && activeIndex >= 0 ? `${id}-opt-${activeIndex}` : undefined}
          value={text}
          placeholder={placeholder}
          onChange={(e) => {
            onTextChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className={`w-full rounded-md border border-slate-300 bg-white py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${icon ? "pl-8" : "pl-2.5"} pr-2.5 ${inputClassName ?? ""}`}
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900 sm:min-w-64"
      >
        {nothingFound && (
          <li role="option" aria-selected={false} aria-disabled="true" className="order-first px-2.5 py-1.5 text-slate-600 dark:text-slate-300">
            No concept matches “{text.trim()}”.{offered.length > 0 && " Closest names:"}
          </li>
        )}
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            // mousedown, not click: the input must not blur (and close the list) before the pick lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(r, "pointer");
            }}
            onMouseMove={() => setActive(i)}
            className={`flex cursor-pointer items-center gap-2 px-2.5 py-1.5 ${i === activeIndex ? "bg-blue-50 dark:bg-blue-950" : ""}`}
          >
            <KindIcon kind={r.kind} />
            <span className="min-w-0 flex-1 truncate">
              <span className="font-medium">{r.name}</span>
              {r.matched && r.matched !== r.name && <span className="text-slate-500 dark:text-slate-400"> · {r.matched}</span>}
            </span>
            <span className="text-xs text-slate-500 dark:text-slate-400">{r.kind}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
