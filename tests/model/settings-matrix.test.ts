// The settings matrix's rows and columns: merging a setting across owners by path and name (ignoring case),
// which rows differ, the filter, and the identity caching that keeps a keystroke from rebuilding the matrix.

import { describe, expect, it } from 'vitest';
import { asKey, counterKeys, type VariantKey } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { updateEntry } from '../../src/model/groups.ts';
import { setVariantName } from '../../src/model/variants.ts';
import type { AnswerFile, Setting, SettingsGroup, Variant } from '../../src/model/types.ts';
import {
  buildSettingsMatrix,
  cellAt,
  createMatrixCache,
  filterRows,
  rowKey,
  type SettingsMatrix,
} from '../../src/model/settings-matrix.ts';

let n = 0;
const k = <K extends string>() => asKey<K>(`t${n++}`);

function group(path: string, settings: readonly (readonly [string, string | undefined])[]): SettingsGroup {
  return {
    kind: 'settings',
    key: k(),
    path,
    entries: settings.map(([name, value]): Setting => ({ kind: 'setting', key: k(), name, ...(value === undefined ? {} : { value }) })),
  };
}

function variant(name: string | undefined, target: string, ...items: SettingsGroup[]): Variant {
  return { key: k(), ...(name === undefined ? {} : { name }), targetRefs: { refs: [{ key: k(), id: target }] }, items };
}

function doc(staticGroups: SettingsGroup[], ...variants: Variant[]): AnswerFile {
  return { owner: 'O', ownerType: 'OEM', static: { items: staticGroups }, variants };
}

const matrixOf = (d: AnswerFile, prev?: SettingsMatrix) => buildSettingsMatrix(d.static, d.variants, prev);
const names = (m: SettingsMatrix) => m.rows.map((r) => `${r.path}|${r.name}`);
const valuesOf = (m: SettingsMatrix, row: number) => m.columns.map((c) => cellAt(m.rows[row], c)?.value ?? null);

/** Sets the value of setting `e` of group `g` of variant `v`. */
function typeInto(d: AnswerFile, v: number, g: number, e: number, value: string): AnswerFile {
  const variant = d.variants[v];
  const grp = variant.items[g] as SettingsGroup;
  return updateEntry(d, { kind: 'variant', key: variant.key }, grp.key, grp.entries[e].key, { value });
}

describe('buildSettingsMatrix', () => {
  it('has a column for Static and one per variant, and a row per path and name used anywhere', () => {
    const d = createFoundingDocument(counterKeys('f'));
    const m = matrixOf(d);
    expect(m.columns.map((c) => [c.label, c.target])).toEqual([
      ['Static', undefined],
      ['Operator', 'Operator'],
    ]);
    expect(names(m)).toEqual([
      'AutoDataConfig|Enable',
      'Messaging/PerSimSettings/$(__ICCID)|AllowSMStoSMTPAddress',
      'Messaging/PerSimSettings/$(__ICCID)|SMStoSMTPShortCode',
      'Multivariant|Enable',
    ]);
    expect(valuesOf(m, 2)).toEqual([null, '']);
    expect(valuesOf(m, 3)).toEqual(['1', null]);
    expect(m.rows[3]).toMatchObject({ differs: false, setIn: 1 });
  });

  it('merges a setting across owners ignoring the case of path and name, showing the first spelling', () => {
    const d = doc(
      [group('Connectivity/Sample', [['Speed', '1']])],
      variant('A', 't1', group('connectivity/SAMPLE', [['speed', '2'], ['Other', 'x']])),
      variant(undefined, 't2', group('CONNECTIVITY/sample', [['SPEED', '1']])),
    );
    const m = matrixOf(d);
    expect(names(m)).toEqual(['connectivity/SAMPLE|Other', 'Connectivity/Sample|Speed']);
    expect(valuesOf(m, 1)).toEqual(['1', '2', '1']);
    expect(m.rows[1]).toMatchObject({ key: rowKey('CONNECTIVITY/SAMPLE', 'speed'), differs: true, setIn: 3 });
    expect(m.columns[2].label).toBe('(unnamed 2)');
    const cell = cellAt(m.rows[1], m.columns[1])!;
    expect(cell).toMatchObject({ path: 'connectivity/SAMPLE', name: 'speed', value: '2', count: 1 });
    expect(cell.groupKey).toBe(d.variants[0].items[0].key);
  });

  it('keeps built-in macro paths as written: $(__ICCID) and $(__IMSI) are rows of their own', () => {
    const d = doc([], variant('A', 't', group('P/$(__ICCID)', [['N', '1']]), group('P/$(__IMSI)', [['N', '1']])));
    expect(names(matrixOf(d))).toEqual(['P/$(__ICCID)|N', 'P/$(__IMSI)|N']);
  });

  it('counts a setting set twice in one owner and shows the first; assets and applications are not rows', () => {
    const twice = group('P', [['N', 'a'], ['n', 'b']]);
    const withAsset: SettingsGroup = { ...group('Q', [['S', 'x']]), entries: [{ kind: 'asset', key: k(), name: 'Ring', source: 'C:\\r.wma' }] };
    const d = doc([twice, withAsset], variant('A', 't', group('P', [['N', 'a']])));
    const m = matrixOf(d);
    expect(names(m)).toEqual(['P|N']);
    expect(cellAt(m.rows[0], m.columns[0])).toMatchObject({ value: 'a', count: 2 });
    expect(m.rows[0].differs).toBe(false);
  });

  it('says a row differs when the owners that set it disagree, an absent Value being a value of its own', () => {
    const d = doc(
      [group('P', [['Same', '1'], ['Absent', undefined]])],
      variant('A', 't', group('P', [['Same', '1'], ['Absent', ''], ['Alone', 'x']])),
      variant('B', 't', group('P', [['Same', '1']])),
    );
    const m = matrixOf(d);
    expect(Object.fromEntries(m.rows.map((r) => [r.name, [r.differs, r.setIn]]))).toEqual({ Absent: [true, 2], Alone: [false, 1], Same: [false, 3] });
  });

  it('handles a document without Static or variants', () => {
    const m = matrixOf({ variants: [] });
    expect(m.columns.map((c) => c.id)).toEqual(['static']);
    expect(m.rows).toEqual([]);
  });
});

describe('identity caching', () => {
  const base = () =>
    doc(
      [group('S', [['A', '1']])],
      ...Array.from({ length: 5 }, (_, i) => variant(`V${i}`, `t${i}`, group('P', [['X', `${i}`], ['Y', 'same']]))),
    );

  it('a value edit keeps every other column and every row it does not change', () => {
    const d = base();
    const m = matrixOf(d);
    const typed = typeInto(d, 2, 0, 1, 'same!'); // Y of V2: the row starts to differ
    const m2 = matrixOf(typed, m);
    expect(m2.columns.filter((c, i) => c !== m.columns[i]).map((c) => c.label)).toEqual(['V2']);
    expect(m2.columns[3].cells.keys).toBe(m.columns[3].cells.keys); // the same key list: no structural change
    const yRow = m2.rows.findIndex((r) => r.name === 'Y');
    expect(m2.rows[yRow]).toMatchObject({ differs: true });
    m2.rows.forEach((r, i) => (i === yRow ? expect(r).not.toBe(m.rows[i]) : expect(r).toBe(m.rows[i])));

    // Another keystroke in V2's X (which already differs) changes no row: the same rows array.
    const m3 = matrixOf(typeInto(typed, 2, 0, 0, '22'), m2);
    expect(m3.rows).toBe(m2.rows);
    expect(m3.columns[3]).not.toBe(m2.columns[3]);
  });

  it('a rename changes that column only; an unchanged document gives the same matrix', () => {
    const d = base();
    const m = matrixOf(d);
    expect(matrixOf(d, m)).toBe(m);
    const renamed = setVariantName(d, d.variants[0].key as VariantKey, 'First');
    const m2 = matrixOf(renamed, m);
    expect(m2.columns[1].label).toBe('First');
    expect(m2.columns[1].cells).toBe(m.columns[1].cells);
    expect(m2.rows).toBe(m.rows);
  });

  it('a new setting name rebuilds the rows, equal to a fresh build', () => {
    const d = base();
    const m = matrixOf(d);
    const renamed = (() => {
      const v = d.variants[4];
      const g = v.items[0] as SettingsGroup;
      return updateEntry(d, { kind: 'variant', key: v.key }, g.key, g.entries[0].key, { name: 'Z' });
    })();
    const m2 = matrixOf(renamed, m);
    expect(names(m2)).toEqual(['P|X', 'P|Y', 'P|Z', 'S|A']);
    expect(m2).toEqual(matrixOf(renamed));
  });

  it('incremental results equal a fresh build after any sequence of value edits', () => {
    let d = base();
    let m = matrixOf(d);
    const edits: [number, number, string][] = [[0, 1, 'a'], [0, 1, 'same'], [3, 0, '0'], [1, 1, 'b'], [1, 1, 'same'], [4, 0, '3']];
    for (const [v, e, value] of edits) {
      d = typeInto(d, v, 0, e, value);
      m = matrixOf(d, m);
      expect(m).toEqual(matrixOf(d));
    }
  });

  it('createMatrixCache returns the last matrix for the same Static and variants', () => {
    const cache = createMatrixCache();
    const d = base();
    const m = cache(d.static, d.variants);
    expect(cache(d.static, d.variants)).toBe(m);
    const typed = typeInto(d, 0, 0, 0, '9');
    const m2 = cache(typed.static, typed.variants);
    expect(m2).not.toBe(m);
    expect(m2.columns[0]).toBe(m.columns[0]);
  });
});

describe('filterRows', () => {
  const d = doc(
    [group('Connectivity/Sample', [['Speed', '1'], ['Mode', 'a']])],
    variant('A', 't', group('Messaging/PerSimSettings/$(__ICCID)', [['SMStoSMTPShortCode', '1']]), group('Connectivity/Sample', [['Speed', '2']])),
  );
  const rows = matrixOf(d).rows;
  const kept = (query: string, onlyDiffering = false) => filterRows(rows, { query, onlyDiffering }).map((r) => r.name);

  it('finds text in the path or the name, ignoring case, and in "path/name"', () => {
    expect(kept('speed')).toEqual(['Speed']);
    expect(kept('CONNECTIVITY')).toEqual(['Mode', 'Speed']);
    expect(kept('$(__iccid)/sms')).toEqual(['SMStoSMTPShortCode']);
    expect(kept('nothing')).toEqual([]);
  });

  it('keeps only differing rows when asked, and returns the same array when it keeps everything', () => {
    expect(kept('', true)).toEqual(['Speed']);
    expect(kept('mode', true)).toEqual([]);
    expect(filterRows(rows, { query: '  ', onlyDiffering: false })).toBe(rows);
    expect(filterRows(rows, { query: 'a', onlyDiffering: false })).toBe(rows); // every row holds an "a"
  });

  it('keeps the row being edited whatever the filter says', () => {
    const mode = rows.find((r) => r.name === 'Mode')!;
    expect(filterRows(rows, { query: '', onlyDiffering: true, keep: mode.key }).map((r) => r.name)).toEqual(['Mode', 'Speed']);
    expect(filterRows(rows, { query: 'sms', onlyDiffering: false, keep: 'no such row' }).map((r) => r.name)).toEqual(['SMStoSMTPShortCode']);
  });
});
