"use client";

import { useCallback, useEffect, useReducer } from "react";
import { historyReducer, initialHistory, type HistoryAction, type ViewHistory } from "@/lib/ui/undo-history";
import { LAST_VIEW_KEY, namesAView, parseView, serializeView } from "@/lib/ui/url-state";
import { DEFAULT_VIEW, START_VIEW, type ViewState } from "@/lib/ui/view-state";

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches("input, textarea, select"));
}

/** The history plus whether the URL has been read into it: both change in the one "reset" dispatch. */
interface Loaded {
  history: ViewHistory;
  ready: boolean;
}

function loadedReducer(state: Loaded, action: HistoryAction): Loaded {
  const history = historyReducer(state.history, action);
  const ready = state.ready || action.type === "reset";
  return history === state.history && ready === state.ready ? state : { history, ready };
}

const notLoaded = (view: ViewState): Loaded => ({ history: initialHistory(view), ready: false });


/** A URL that names a view opens it; otherwise a returning visitor gets their last view back, and a new one the start map. */
function initialView(): ViewState {
  const { pathname, search, hash } = window.location;
  if (namesAView(search)) return parseView(search);
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LAST_VIEW_KEY);
  } catch {
    // Storage may be off (privacy settings): every visit is then a first one.
  }
  const view = stored !== null ? parseView(stored) : START_VIEW;
  // The address bar shows the view it opened on, so that it can be shared as it is.
  window.history.replaceState(null, "", `${pathname}${serializeView(view, search)}${hash}`);
  return view;
}

function rememberView(view: ViewState): void {
  try {
    window.localStorage.setItem(LAST_VIEW_KEY, serializeView(view));
  } catch {
    // Not remembered; the URL still holds it.
  }
}

/**
 * The view, its undo/redo stacks, and the URL: every change made here becomes a browser history entry, so the URL can
 * be shared and Back/Forward step through views; Back/Forward themselves are recorded for Undo but push nothing.
 */
export function useViewHistory() {
  const [{ history, ready }, dispatch] = useReducer(loadedReducer, DEFAULT_VIEW, notLoaded);

  // The URL is read once mounted, not during render: the server has no URL, and the first render must match its HTML.
  useEffect(() => {
    dispatch({ type: "reset", view: initialView() });
    const onPopState = () => dispatch({ type: "apply", view: parseView(window.location.search), origin: "url" });
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  useEffect(() => {
    if (!ready) return;
    rememberView(history.present);
    if (history.origin === "url") return;
    const { pathname, search, hash } = window.location;
    const next = serializeView(history.present, search);
    if (next !== search) window.history.pushState(null, "", `${pathname}${next}${hash}`);
  }, [history, ready]);

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y); inside a text field they keep undoing the typing instead.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== "z" && key !== "y") return;
      event.preventDefault();
      dispatch({ type: key === "y" || event.shiftKey ? "redo" : "undo" });
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const apply = useCallback((view: ViewState | ((present: ViewState) => ViewState)) => dispatch({ type: "apply", view }), []);
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);

  return {
    view: history.present,
    ready,
    apply,
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}
