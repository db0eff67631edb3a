// Timing helpers for the Node benchmarks. Pitfalls from shared/design/toolchain.md: collect garbage once per
// batch, never per call (a gc() before every call made xmlbuilder2 3-4x slower on this VM); warm up first;
// report medians and trust ratios more than milliseconds (run-to-run noise is 10-50%).

import { performance } from 'node:perf_hooks';

export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly runs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export function collectGarbage(): void {
  if (!gc) throw new Error('run node with --expose-gc');
  gc();
  gc();
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function summarize(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], runs: s.length };
}

export interface TimeOptions {
  /** Warm-up: at least this many calls and this many ms. */
  readonly warmCalls?: number;
  readonly warmMs?: number;
  /** Measurement: at least minRuns calls and minMs ms, at most maxRuns calls. */
  readonly minRuns?: number;
  readonly minMs?: number;
  readonly maxRuns?: number;
}

/**
 * Times `fn(i)` (i counts every call, warm-up included, so each call can make a fresh edit). `setup(i)` runs
 * before each call outside the timing. One gc() before the measured batch.
 */
export function time<T>(fn: (input: T, i: number) => unknown, setup: (i: number) => T, options: TimeOptions = {}): Stats {
  const { warmCalls = 3, warmMs = 200, minRuns = 7, minMs = 1000, maxRuns = 200 } = options;
  let i = 0;
  const warmStart = performance.now();
  while (i < warmCalls || performance.now() - warmStart < warmMs) {
    fn(setup(i), i);
    i++;
    if (i > 10_000) break;
  }
  collectGarbage();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || (performance.now() - start < minMs && samples.length < maxRuns)) {
    const input = setup(i);
    const t0 = performance.now();
    fn(input, i);
    samples.push(performance.now() - t0);
    i++;
  }
  return summarize(samples);
}
