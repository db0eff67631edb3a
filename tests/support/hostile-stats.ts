// Counting what the hostile and fuzz suites try, for `npm run fuzz` (scripts/fuzz.mjs): each suite tallies its
// cases and its slowest one, and when FUZZ_STATS names a file the tallies are appended to it as JSON lines.
// Times are reported, never asserted. FUZZ_RUNS sets every property's run count (default: each suite's modest
// number, so `npm test` stays fast); FUZZ_SEED replays a failing run (fast-check prints seed and path on failure).

import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll } from 'vitest';

export interface Tally {
  readonly suite: string;
  cases: number;
  /** Cases whose code under test threw, or whose refusal was fromXml catching its own exception. */
  crashes: number;
  /** Cases where a document that opened did not come back equal from serialize -> parse. */
  lost: number;
  slowestMs: number;
  slowestCase: string;
  seed?: number;
}

const tallies: Tally[] = [];

afterAll(() => {
  const file = process.env.FUZZ_STATS;
  if (!file) return;
  for (const t of tallies) appendFileSync(file, `${JSON.stringify(t)}\n`);
});

/** A tally for one suite or property, written out when its test file ends. */
export function tally(suite: string): Tally {
  const t: Tally = { suite, cases: 0, crashes: 0, lost: 0, slowestMs: 0, slowestCase: '' };
  tallies.push(t);
  return t;
}

/** Counts one case of `t` that took `ms`. */
export function record(t: Tally, label: string, ms: number): void {
  t.cases++;
  if (ms > t.slowestMs) {
    t.slowestMs = ms;
    t.slowestCase = label.length > 120 ? `${label.slice(0, 117)}...` : label;
  }
}

/** Runs `fn` as one case of `t`, timing it. */
export function timed<T>(t: Tally, label: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    record(t, label, performance.now() - start);
  }
}

/** The run count of a property: FUZZ_RUNS when set, else `fallback`. */
export function runs(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

function seedFor(t: Tally): number {
  const env = Number(process.env.FUZZ_SEED);
  t.seed = Number.isInteger(env) && process.env.FUZZ_SEED !== '' ? env : Math.floor(Math.random() * 0x7fffffff);
  return t.seed;
}

/** fc.assert with the run count and seed from the environment; the seed is kept in the tally. */
export function checkProperty<Ts>(t: Tally, property: fc.IProperty<Ts>, fallbackRuns: number): void {
  fc.assert(property, { numRuns: runs(fallbackRuns), seed: seedFor(t) });
}

/** The same for an async property (await it). */
export function checkAsyncProperty<Ts>(t: Tally, property: fc.IAsyncProperty<Ts>, fallbackRuns: number): Promise<void> {
  return fc.assert(property, { numRuns: runs(fallbackRuns), seed: seedFor(t) });
}
