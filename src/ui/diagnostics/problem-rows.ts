// The problems panel's rows: a heading per part, then that part's problems, numbered in list order. Pure.

import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import { partId, type PartRef } from '../../model/refs.ts';
import { rowAt as groupAt } from '../parts/virtual-range.ts';

export type ProblemRow =
  | { readonly kind: 'part'; readonly part: PartRef; readonly key: string }
  /** `i`: the problem's number (data-testid `problem-<i>`). */
  | { readonly kind: 'problem'; readonly d: Diagnostic; readonly i: number };

export const PART_ROW_HEIGHT = 28;
export const PROBLEM_ROW_HEIGHT = 52;

export interface ProblemLayout {
  readonly count: number;
  /** Row heights, for the virtual list. */
  readonly heights: readonly number[];
  /** Row i, made on demand: a document can have hundreds of thousands of problems and the list shows a screenful. */
  rowAt(i: number): ProblemRow;
}

/** Groups `all` by part, in order of each part's first problem; a heading row per part, then its problems. */
export function problemRows(all: readonly Diagnostic[]): ProblemLayout {
  const groups = new Map<string, { part: PartRef; items: Diagnostic[] }>();
  for (const d of all) {
    const k = partId(d.ref.part);
    const g = groups.get(k);
    if (g) g.items.push(d);
    else groups.set(k, { part: d.ref.part, items: [d] });
  }
  const list = [...groups].map(([key, g]) => ({ key, ...g }));
  // starts[g]: the row of group g's heading, then the row count (the offsets rowAt searches); before[g]: the
  // problems in earlier groups.
  const starts: number[] = [];
  const before: number[] = [];
  const heights: number[] = [];
  let problems = 0;
  for (const g of list) {
    starts.push(heights.length);
    before.push(problems);
    heights.push(PART_ROW_HEIGHT);
    for (let j = 0; j < g.items.length; j++) heights.push(PROBLEM_ROW_HEIGHT);
    problems += g.items.length;
  }
  starts.push(heights.length);
  return {
    count: heights.length,
    heights,
    rowAt(i) {
      const k = groupAt(starts, i);
      const g = list[k];
      const at = i - starts[k];
      return at === 0 ? { kind: 'part', part: g.part, key: g.key } : { kind: 'problem', d: g.items[at - 1], i: before[k] + at - 1 };
    },
  };
}
