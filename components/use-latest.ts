"use client";

import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * A ref that always holds the latest committed `value`, for handlers registered once (Cytoscape events) or effects that
 * must not re-run when a callback's identity changes. It is written in a layout effect, not during render: a render
 * React throws away (Strict Mode, a suspended or interrupted render) must not leak its props into those handlers.
 * Layout effects run before passive effects and before the browser handles the next input event, so readers in either
 * never see a stale value.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
