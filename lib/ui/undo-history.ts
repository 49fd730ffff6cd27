import { sameView, type ViewState } from "./view-state";

const MAX_UNDO = 200;

/** Where the latest view came from: the URL effect pushes a history entry for `user`, not for `url` (load, Back/Forward). */
export type ViewOrigin = "url" | "user";

export interface ViewHistory {
  past: ViewState[];
  present: ViewState;
  future: ViewState[];
  origin: ViewOrigin;
}

export type HistoryAction =
  /** `view` may be a function of the present view, so that quick successive changes build on each other. */
  | { type: "apply"; view: ViewState | ((present: ViewState) => ViewState); origin?: ViewOrigin }
  | { type: "reset"; view: ViewState }
  | { type: "undo" }
  | { type: "redo" };

export function initialHistory(view: ViewState): ViewHistory {
  return { past: [], present: view, future: [], origin: "url" };
}

export function historyReducer(state: ViewHistory, action: HistoryAction): ViewHistory {
  switch (action.type) {
    case "apply": {
      const view = typeof action.view === "function" ? action.view(state.present) : action.view;
      if (sameView(state.present, view)) return state;
      return {
        past: [...state.past, state.present].slice(-MAX_UNDO),
        present: view,
        future: [],
        origin: action.origin ?? "user",
      };
    }
    case "reset":
      return initialHistory(action.view);
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], origin: "user" };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, origin: "user" };
    }
  }
}
