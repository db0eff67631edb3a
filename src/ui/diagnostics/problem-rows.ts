// The problems panel's rows: a heading per part, then that part's problems, numbered in list order. Pure.

import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import type { PartRef } from '../../model/refs.ts';
import { partKey } from './part-label.ts';

export type ProblemRow =
  | { readonly kind: 'part'; readonly part: PartRef; readonly key: string }
  /** `i`: the problem's number (data-testid `problem-<i>`). */
  | { readonly kind: 'problem'; readonly d: Diagnostic; readonly i: number };

export const PART_ROW_HEIGHT = 28;
export const PROBLEM_ROW_HEIGHT = 52;

/** Groups `all` by part, in order of each part's first problem. */
export function problemRows(all: readonly Diagnostic[]): { rows: ProblemRow[]; heights: number[] } {
  const groups = new Map<string, { part: PartRef; items: Diagnostic[] }>();
  for (const d of all) {
    const k = partKey(d.ref.part);
    const g = groups.get(k);
    if (g) g.items.push(d);
    else groups.set(k, { part: d.ref.part, items: [d] });
  }
  const rows: ProblemRow[] = [];
  const heights: number[] = [];
  let i = 0;
  for (const [key, g] of groups) {
    rows.push({ kind: 'part', part: g.part, key });
    heights.push(PART_ROW_HEIGHT);
    for (const d of g.items) {
      rows.push({ kind: 'problem', d, i: i++ });
      heights.push(PROBLEM_ROW_HEIGHT);
    }
  }
  return { rows, heights };
}
