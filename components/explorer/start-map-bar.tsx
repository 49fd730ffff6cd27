"use client";

import { useState } from "react";
import { Button } from "../ui/button";

const TOUR_KEY = "explorer:tour-dismissed";

function tourDismissed(): boolean {
  try {
    return window.localStorage.getItem(TOUR_KEY) === "1";
  } catch {
    return false;
  }
}

interface Props {
  onStartMap: boolean;
  shown: number;
  total: number;
  onWholeGraph: () => void;
  onStartMapAgain: () => void;
}

/**
 * On the start map: what it is, "Whole graph" one click away, and a short tour a reader can dismiss for good. On the
 * whole graph: the way back.
 */
export function StartMapBar({ onStartMap, shown, total, onWholeGraph, onStartMapAgain }: Props) {
  // Read once, in the browser only (this component renders after the graph has loaded).
  const [tourOpen, setTourOpen] = useState(() => !tourDismissed());
  const dismissTour = () => {
    setTourOpen(false);
    try {
      window.localStorage.setItem(TOUR_KEY, "1");
    } catch {
      // Shown again next time; nothing else depends on it.
    }
  };

  if (!onStartMap) {
    return (
      <Button variant="secondary" className="pointer-events-auto bg-white/95 text-xs shadow-sm dark:bg-slate-900/95" onClick={onStartMapAgain}>
        Start map
      </Button>
    );
  }
  return (
    <div className="pointer-events-auto space-y-2">
      <div className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
        <span className="flex-1">
          <strong>Start here:</strong> the core of AI, from the field down to the model families, {shown} of {total} concepts.
        </span>
        <Button variant="primary" className="text-xs" onClick={onWholeGraph}>
          Whole graph
        </Button>
      </div>
      {tourOpen && (
        <section aria-label="Tour" className="rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-900/95">
          <ol className="list-decimal space-y-1 pl-5">
            <li>Click a concept to read what it is, what it is a kind of, and what it makes.</li>
            <li>Double-click one to bring in its neighbours.</li>
            <li>
              In the search box, type a name, a path such as <kbd>LLM → Generative AI</kbd>, or a question such as <kbd>Is Midjourney an LLM?</kbd>
            </li>
          </ol>
          <Button variant="link" className="mt-1 text-xs" onClick={dismissTour}>
            Got it
          </Button>
        </section>
      )}
    </div>
  );
}
