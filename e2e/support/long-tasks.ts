// The longest main-thread task (PerformanceObserver 'longtask', tasks over 50 ms) from now on: measured and
// reported by the specs that open hostile input, never asserted (a test never depends on the machine's speed).

import { appendFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Starts recording long tasks; the returned function gives the longest since, in ms (0 when none). */
export async function longTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return () => page.evaluate(() => Math.round((window as unknown as { __longest: number }).__longest));
}

/** Appends one measurement to reports/long-tasks.jsonl (git-ignored) for the README's Reliability numbers. */
export function reportLongTask(spec: string, name: string, longestMs: number): void {
  mkdirSync('reports', { recursive: true });
  appendFileSync('reports/long-tasks.jsonl', `${JSON.stringify({ spec, name, longestMs, at: new Date().toISOString() })}\n`);
}
