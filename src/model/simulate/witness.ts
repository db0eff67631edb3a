// A SIM that satisfies a set of conditions (one TargetState, or two states of two Targets together), for the test
// plan and the target audit: per condition name, candidate values are built from the conditions (plain values and
// their neighbours, range ends and their neighbours, pattern samples, a few fresh values) and each is verified with
// the matcher itself, so a SIM found always matches. For plain values and ranges the candidates are complete (the
// smallest value that passes is among them), so "none found" is a proof: the conditions contradict. With a pattern
// the search is best effort, and "none found" proves nothing.

import type { Condition } from '../types.ts';
import { parseWildCard, readLikeTool, readToolRange } from '../conditions-grammar.ts';
import { matchCondition } from './condition-match.ts';
import { samplePattern } from './pattern-sample.ts';

export type Witness =
  /** A SIM that matches every condition (values by name as first written; names of wildcards only are absent). */
  | { readonly kind: 'sim'; readonly values: Readonly<Record<string, string>>; readonly viaPattern: boolean }
  /** No SIM can match: the conditions on `name` contradict (proved: plain values and ranges only). */
  | { readonly kind: 'never'; readonly name: string; readonly conditions: readonly Condition[] }
  /** Undecided: a pattern without a matching sample, or a condition the simulator cannot evaluate. */
  | { readonly kind: 'unknown'; readonly name: string };

const FRESH = ['x', '0', '1', 'X-0', '~'];
const WHOLE = /^-?[0-9]+$/;

function neighbours(n: bigint, width: number): string[] {
  const pad = (x: bigint) => (x < 0n ? `-${(-x).toString().padStart(width, '0')}` : x.toString().padStart(width, '0'));
  return [pad(n - 1n), pad(n + 1n)];
}

/** Candidates for one name, the likeliest first; `exact` when they are complete (no pattern, all readable). */
function candidates(conditions: readonly Condition[]): { list: string[]; exact: boolean } {
  const first: string[] = [];
  const later: string[] = [];
  let exact = true;
  for (const c of conditions) {
    const r = c.value === undefined ? undefined : readLikeTool(c.value);
    if (!r) {
      exact = false;
      continue;
    }
    if (r.comparison === 'pattern:') {
      exact = false;
      if (!r.negated) first.push(...samplePattern(r.body));
      continue;
    }
    if (r.comparison === 'range:') {
      const range = readToolRange(r.body);
      if (!range) {
        exact = false;
        continue;
      }
      (r.negated ? later : first).push(range.min.toString(), range.max.toString());
      later.push((range.min - 1n).toString(), (range.max + 1n).toString());
      continue;
    }
    (r.negated ? later : first).push(r.body);
    if (WHOLE.test(r.body)) later.push(...neighbours(BigInt(r.body), r.body.replace('-', '').length));
  }
  const all = [...first, ...later, ...FRESH];
  // A value with a leading zero is the same number with another text (range-number): tried last.
  for (const v of [...all]) if (WHOLE.test(v) && !v.startsWith('-')) all.push(`0${v}`);
  return { list: [...new Set(all)], exact };
}

/** Finds a SIM matching every condition, or proves there is none, or says it cannot tell. */
export function findSim(conditions: readonly Condition[]): Witness {
  const byName = new Map<string, { name: string; list: Condition[] }>();
  for (const c of conditions) {
    if (parseWildCard(c.isWildCard) === true) continue;
    if (c.name === undefined) return { kind: 'unknown', name: '' };
    const k = c.name.toLowerCase();
    const g = byName.get(k);
    if (g) g.list.push(c);
    else byName.set(k, { name: c.name, list: [c] });
  }
  const values: Record<string, string> = {};
  let viaPattern = false;
  let undecided: string | undefined;
  for (const [key, g] of byName) {
    const { list, exact } = candidates(g.list);
    const hit = list.find((v) => {
      const sim = new Map([[key, v]]);
      return g.list.every((c) => matchCondition(c, sim).outcome === 'match');
    });
    if (hit !== undefined) {
      values[g.name] = hit;
      if (!exact) viaPattern = true;
    } else if (exact) return { kind: 'never', name: g.name, conditions: g.list };
    else undecided ??= g.name;
  }
  if (undecided !== undefined) return { kind: 'unknown', name: undecided };
  return { kind: 'sim', values, viaPattern };
}
