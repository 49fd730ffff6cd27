/**
 * Runs `fn` once the next frame has been painted: a requestAnimationFrame callback runs just before the paint, and a
 * task queued from it runs just after. For work that must not delay what the frame shows. Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
