// The problems panel's rows: one heading per part, problems numbered in list order across the groups.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/validate/diagnostic.ts';
import { PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, problemRows } from '../../src/ui/diagnostics/problem-rows.ts';

const d = (part: Diagnostic['ref']['part'], code: string) => ({ code, severity: 'warning', message: code, ref: { part } }) as unknown as Diagnostic;

describe('problemRows', () => {
  it('groups by part in order of first appearance, numbering the problems 0..n-1', () => {
    const doc = { kind: 'document' } as Diagnostic['ref']['part'];
    const v = { kind: 'variant', key: 'v1' } as unknown as Diagnostic['ref']['part'];
    const { rows, heights } = problemRows([d(doc, 'a'), d(v, 'b'), d(doc, 'c')]);
    expect(rows.map((r) => (r.kind === 'part' ? 'part' : `${r.i}:${r.d.code}`))).toEqual(['part', '0:a', '1:c', 'part', '2:b']);
    expect(heights).toEqual([PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT]);
    expect(problemRows([])).toEqual({ rows: [], heights: [] });
  });
});
