// Work that must not delay the frame showing a change the user is waiting for (a just-opened document): it runs
// in a task after that frame. A page that paints no frames (a hidden tab) runs it after `fallbackMs` instead.

/** Runs `fn` in a task after the next frame is painted; returns a function that cancels it. */
export function afterPaint(fn: () => void, fallbackMs = 100): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const t = setTimeout(fn, 0);
    return () => clearTimeout(t);
  }
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    // rAF callbacks run before the frame is painted: the task queued here runs after it.
    task = setTimeout(fn, 0);
  };
  const frame = requestAnimationFrame(go);
  const fallback = setTimeout(go, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
  };
}

/** Settles in a task after the next frame is painted (see afterPaint). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterPaint(resolve));
}
