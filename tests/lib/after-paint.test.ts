// afterPaint: work deferred past the frame that shows a change, with a fallback for pages that paint no frames.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/lib/after-paint.ts';

let frames: Map<number, () => void>;

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    frames.set(++id, cb);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (n: number) => frames.delete(n));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The browser paints a frame: rAF callbacks run, then the frame is painted. */
function paint(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb();
}

describe('afterPaint', () => {
  it('runs the work in a task after the next frame, not before it', () => {
    const fn = vi.fn();
    afterPaint(fn);
    vi.advanceTimersByTime(50); // tasks run, no frame yet
    expect(fn).not.toHaveBeenCalled();
    paint();
    expect(fn).not.toHaveBeenCalled(); // rAF runs before the paint
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    paint();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs it after the fallback delay when no frame comes (a hidden tab)', () => {
    const fn = vi.fn();
    afterPaint(fn, 100);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // the fallback, which queues a task as after a frame
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    paint();
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame and after it', () => {
    const before = vi.fn();
    afterPaint(before)();
    paint();
    vi.advanceTimersByTime(200);
    expect(before).not.toHaveBeenCalled();

    const after = vi.fn();
    const cancel = afterPaint(after);
    paint();
    cancel();
    vi.advanceTimersByTime(200);
    expect(after).not.toHaveBeenCalled();
  });
});
