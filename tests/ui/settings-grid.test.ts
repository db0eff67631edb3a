// The settings matrix grid's pure geometry: where the in-place editor stands, and which column a row action takes
// its value from.

import { describe, expect, it } from 'vitest';
import { asKey } from '../../src/model/ids.ts';
import { buildSettingsMatrix } from '../../src/model/settings-matrix.ts';
import type { SettingsGroup, Variant } from '../../src/model/types.ts';
import { COLUMN_WIDTH, ROW_HEADER_WIDTH, cellLeft, columnAt, fitWithin, sourceColumn } from '../../src/ui/settings-matrix/settings-grid.ts';

const group = (key: string, path: string, name: string, value: string): SettingsGroup => ({
  kind: 'settings',
  key: asKey(key),
  path,
  entries: [{ kind: 'setting', key: asKey(`${key}e`), name, value }],
});
const variant = (key: string, ...items: SettingsGroup[]): Variant => ({ key: asKey(key), name: key, targetRefs: { refs: [] }, items });

describe('fitWithin', () => {
  it('keeps a panel at its cell when it fits, else moves it back to end in view, never before the start', () => {
    expect(fitWithin(500, 360, 0, 1000)).toBe(500);
    expect(fitWithin(800, 360, 0, 1000)).toBe(640);
    expect(fitWithin(800, 360, 700, 900)).toBe(700); // wider than the view: its start shows
    expect(cellLeft(1)).toBe(ROW_HEADER_WIDTH);
    expect(cellLeft(3)).toBe(ROW_HEADER_WIDTH + 2 * COLUMN_WIDTH);
  });
});

describe('sourceColumn and columnAt', () => {
  const m = buildSettingsMatrix({ items: [group('s', 'P', 'N', '1')] }, [variant('a'), variant('b', group('b1', 'P', 'N', '2')), variant('c', group('c1', 'P', 'N', '3'))]);
  const [st, a, b, c] = m.columns;
  const row = m.rows[0];

  it('takes the active column when it sets the row, else the first that does (a variant, for a move to Static)', () => {
    expect(sourceColumn(row, m.columns, c, false)).toBe(c);
    expect(sourceColumn(row, m.columns, a, false)).toBe(st);
    expect(sourceColumn(row, m.columns, a, true)).toBe(b);
    expect(sourceColumn(row, m.columns, st, true)).toBe(b);
    expect(sourceColumn(row, m.columns, undefined, true)).toBe(b);
    const staticOnly = buildSettingsMatrix({ items: [group('s', 'P', 'N', '1')] }, [variant('a')]);
    expect(sourceColumn(staticOnly.rows[0], staticOnly.columns, undefined, true)).toBeUndefined();
  });

  it('maps grid column 0 to the row header and j + 1 to column j', () => {
    expect(columnAt(m.columns, { row: 0, col: 0 })).toBeUndefined();
    expect(columnAt(m.columns, { row: 0, col: 1 })).toBe(st);
    expect(columnAt(m.columns, { row: 0, col: 4 })).toBe(c);
  });
});
