"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { SearchResult } from "@/lib/graph/types";

/** An accessible combobox over /api/search: type, move with the arrow keys, Enter to pick. */
export function ConceptPicker({ label, value, onPick }: { label: string; value: string; onPick: (id: string, name: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [results, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const typed = useRef(false);

  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (!typed.current || text.trim() === "") return setResults([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(text.slice(0, 200))}&limit=8`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { results: [] }))
        .then((body: { results: SearchResult[] }) => {
          setResults(body.results);
          setActive(0);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const pick = (r: SearchResult) => {
    typed.current = false;
    setText(r.name);
    setOpen(false);
    onPick(r.id, r.name);
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-slate-500">
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && results[active] ? `${id}-${results[active].id}` : undefined}
        aria-autocomplete="list"
        value={text}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (e.key === "Enter" && results[active]) pick(results[active]);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {open && results.length > 0 && (
        <ul id={`${id}-list`} role="listbox" aria-label={`${label} suggestions`} className="absolute z-20 mt-1 w-64 overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${id}-${r.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
              className={`cursor-pointer px-2 py-1 text-sm ${i === active ? "bg-sky-100 dark:bg-sky-900" : ""}`}
            >
              {r.name} <span className="text-xs text-slate-500">{r.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
