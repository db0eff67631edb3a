// Holds the timers of `minMs` or more that code under test sets from now on, until the test runs them: what must not
// happen before a frame (or before a delay) then cannot, however slowly the machine runs the test. Shorter timers run
// as always. Undone by vi.unstubAllGlobals().

import { vi } from 'vitest';

export interface HeldTimers {
  /** Runs the held timers that were not cleared, in the order they were set. */
  runAll(): void;
}

export function holdLongTimers(minMs: number): HeldTimers {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const held = new Map<symbol, () => void>();
  vi.stubGlobal('setTimeout', (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if ((ms ?? 0) < minMs) return realSet(fn, ms, ...args);
    const id = Symbol('held timer');
    held.set(id, () => fn(...args));
    return id;
  });
  vi.stubGlobal('clearTimeout', (id: unknown) => {
    if (typeof id === 'symbol') held.delete(id);
    else realClear(id as Parameters<typeof clearTimeout>[0]);
  });
  return {
    runAll() {
      const due = [...held.values()];
      held.clear();
      for (const run of due) run();
    },
  };
}
