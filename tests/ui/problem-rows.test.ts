// The problems panel's rows: one heading per part, problems numbered in list order across the groups.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/validate/diagnostic.ts';
import { PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, problemRows } from '../../src/ui/diagnostics/problem-rows.ts';

const d = (part: Diagnostic['ref']['part'], code: string) => ({ code, severity: 'warning', message: code, ref: { part } }) as unknown as Diagnostic;

describe('problemRows', () => {
  it('groups by part in order of first appearance, numbering the problems 0..n-1', () => {
    const doc = { kind: 'document' } as Diagnostic['ref']['part'];
    const v = { kind: 'variant', key: 'v1' } as unknown as Diagnostic['ref']['part'];
    const layout = problemRows([d(doc, 'a'), d(v, 'b'), d(doc, 'c')]);
    const rows = Array.from({ length: layout.count }, (_, i) => layout.rowAt(i));
    expect(rows.map((r) => (r.kind === 'part' ? `part ${r.key}` : `${r.i}:${r.d.code}`))).toEqual(['part document', '0:a', '1:c', 'part variant:v1', '2:b']);
    expect(layout.heights).toEqual([PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, PROBLEM_ROW_HEIGHT, PART_ROW_HEIGHT, PROBLEM_ROW_HEIGHT]);
    const empty = problemRows([]);
    expect([empty.count, empty.heights]).toEqual([0, []]);
  });

  it('makes any row on demand, matching a row-by-row walk, for many groups of different sizes', () => {
    const parts = Array.from({ length: 40 }, (_, k) => ({ kind: 'variant', key: `v${k}` }) as unknown as Diagnostic['ref']['part']);
    const all: Diagnostic[] = [];
    for (let n = 0; n < 500; n++) all.push(d(parts[(n * 7) % 40 === 0 ? 0 : (n * n) % 40], `c${n}`));
    const layout = problemRows(all);
    // The walk: headings in order of first appearance, each followed by its problems in list order.
    const order: string[] = [];
    const byPart = new Map<string, string[]>();
    for (const x of all) {
      const k = `variant:${(x.ref.part as { key: string }).key}`;
      if (!byPart.has(k)) {
        byPart.set(k, []);
        order.push(k);
      }
      byPart.get(k)!.push(x.code);
    }
    const walk = order.flatMap((k) => [`part ${k}`, ...byPart.get(k)!]);
    const made = Array.from({ length: layout.count }, (_, i) => layout.rowAt(i)).map((r) => (r.kind === 'part' ? `part ${r.key}` : r.d.code));
    expect(made).toEqual(walk);
    const numbers = Array.from({ length: layout.count }, (_, i) => layout.rowAt(i)).flatMap((r) => (r.kind === 'problem' ? [r.i] : []));
    expect(numbers).toEqual(all.map((_, i) => i));
  });
});
