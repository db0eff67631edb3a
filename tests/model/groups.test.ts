import { describe, expect, it } from 'vitest';
import { createEmptyDocument, findItem, ownerItems, staticItems, updateOwnerItems } from '../../src/model/answer-file.ts';
import { addApplicationsBlock } from '../../src/model/applications.ts';
import { addDataAssetsBlock } from '../../src/model/data-assets.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import {
  addAsset,
  addSetting,
  addSettingsGroup,
  duplicateEntry,
  duplicateItem,
  moveEntry,
  moveItem,
  moveEntryToOwner,
  moveGroupMerging,
  moveItemToOwner,
  planGroupMove,
  removeEntry,
  removeItem,
  setGroupPath,
  updateEntry,
} from '../../src/model/groups.ts';
import { asKey, counterKeys, type EntryKey, type GroupKey } from '../../src/model/ids.ts';
import type { AnswerFile, ItemOwner, SettingsGroup, StaticItem } from '../../src/model/types.ts';

const gk = (s: string): GroupKey => asKey<'Group'>(s);
const ek = (s: string): EntryKey => asKey<'Entry'>(s);
const STATIC: ItemOwner = { kind: 'static' };
const VAR: ItemOwner = { kind: 'variant', key: asKey('k10') };
const PER_SIM = gk('k12');
const keysOf = (items: readonly StaticItem[]) => items.map((i) => i.key);
const group = (doc: AnswerFile, owner: ItemOwner, key: string) => findItem(doc, owner, key) as SettingsGroup;

function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value === null || typeof value !== 'object') return [];
  const own = 'key' in value && typeof value.key === 'string' ? [value.key] : [];
  return [...own, ...Object.values(value).flatMap(allKeys)];
}

/** Founding doc: Static k6 Multivariant, k8 AutoDataConfig; Variant k10 with k12 (entries k13, k14). */
const fixture = (): AnswerFile => createFoundingDocument(counterKeys('k'));

describe('addSettingsGroup', () => {
  it('defaults to an empty path and one empty Setting, and creates <Static>', () => {
    const next = addSettingsGroup(createEmptyDocument(), STATIC, gk('g'), counterKeys('n'));
    expect(next.static).toStrictEqual({
      items: [{ kind: 'settings', key: 'g', path: '', entries: [{ kind: 'setting', key: 'n1', name: '', value: '' }] }],
    });
  });

  it('takes the path and settings as given, at the index, into a Variant', () => {
    const doc = fixture();
    const next = addSettingsGroup(
      doc,
      VAR,
      gk('g'),
      counterKeys('n'),
      { path: 'CellCore/PerIMSI/$(__IMSI)', settings: [{ name: 'A', value: '0x1' }, { name: 'B' }] },
      0,
    );
    expect(ownerItems(next, VAR)[0]).toStrictEqual({
      kind: 'settings',
      key: 'g',
      path: 'CellCore/PerIMSI/$(__IMSI)',
      entries: [
        { kind: 'setting', key: 'n1', name: 'A', value: '0x1' },
        { kind: 'setting', key: 'n2', name: 'B', value: '' },
      ],
    });
    expect(ownerItems(next, VAR)[1]).toBe(ownerItems(doc, VAR)[0]);
    expect(next.static).toBe(doc.static);
    expect(next.targets).toBe(doc.targets);
  });

  it('ignores an unknown variant', () => {
    const doc = fixture();
    expect(addSettingsGroup(doc, { kind: 'variant', key: asKey('x') }, gk('g'), counterKeys())).toBe(doc);
  });
});

describe('setGroupPath', () => {
  it('sets the path verbatim, rebuilding only the path to it', () => {
    const doc = fixture();
    const next = setGroupPath(doc, STATIC, gk('k8'), ' Auto ');
    expect(group(next, STATIC, 'k8').path).toBe(' Auto ');
    expect(group(next, STATIC, 'k8').entries).toBe(group(doc, STATIC, 'k8').entries);
    expect(staticItems(next)[0]).toBe(staticItems(doc)[0]);
    expect(next.variants).toBe(doc.variants);
  });

  it('is a no-op for the same path, an unknown group, or a non-settings item', () => {
    const doc = addApplicationsBlock(fixture(), STATIC, gk('apps'), counterKeys('a'));
    expect(setGroupPath(doc, STATIC, gk('k8'), 'AutoDataConfig')).toBe(doc);
    expect(setGroupPath(doc, STATIC, gk('nope'), 'x')).toBe(doc);
    expect(setGroupPath(doc, STATIC, gk('apps'), 'x')).toBe(doc);
    expect(setGroupPath(doc, VAR, gk('k8'), 'x')).toBe(doc);
  });
});

describe('removeItem / moveItem', () => {
  it('removes any kind of item', () => {
    let doc = fixture();
    doc = addDataAssetsBlock(doc, gk('da'), counterKeys('d'));
    expect(keysOf(staticItems(removeItem(doc, STATIC, gk('da'))))).toEqual(['k6', 'k8']);
    const next = removeItem(doc, STATIC, gk('k6'));
    expect(keysOf(staticItems(next))).toEqual(['k8', 'da']);
    expect(staticItems(next)[0]).toBe(staticItems(doc)[1]);
    expect(removeItem(doc, STATIC, gk('nope'))).toBe(doc);
    expect(removeItem(createEmptyDocument(), STATIC, gk('nope')).static).toBeUndefined();
  });

  it.each([
    [0, ['da', 'k6', 'k8']],
    [-2, ['da', 'k6', 'k8']],
    [1, ['k6', 'da', 'k8']],
    [7, ['k6', 'k8', 'da']],
  ])('moves to %i (clamped)', (to, expected) => {
    const doc = addDataAssetsBlock(fixture(), gk('da'), counterKeys('d'));
    expect(keysOf(staticItems(moveItem(doc, STATIC, gk('da'), to)))).toEqual(expected);
  });

  it('not moving is a no-op', () => {
    const doc = fixture();
    expect(moveItem(doc, STATIC, gk('k8'), 5)).toBe(doc);
    expect(moveItem(doc, VAR, PER_SIM, 0)).toBe(doc);
  });
});

describe('duplicateItem', () => {
  it.each([
    ['settings', (d: AnswerFile) => d, 'k6'],
    ['applications', (d: AnswerFile) => addApplicationsBlock(d, STATIC, gk('x'), counterKeys('a')), 'x'],
    ['dataAssets', (d: AnswerFile) => addDataAssetsBlock(d, gk('x'), counterKeys('d')), 'x'],
  ])('deep-copies a %s item with fresh keys, right after the source', (_kind, build, key) => {
    const doc = build(fixture());
    const next = duplicateItem(doc, STATIC, gk(key), gk('copy'), counterKeys('n'));
    const items = staticItems(next);
    const i = items.findIndex((it) => it.key === key);
    const copy = items[i + 1];
    expect(copy.key).toBe('copy');
    expect(copy.kind).toBe(items[i].kind);
    const strip = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/"key":"[^"]*"/g, '"key":""'));
    expect(strip(copy)).toEqual(strip(items[i]));
    const old = new Set(allKeys(doc));
    expect(allKeys(copy).filter((k) => old.has(k))).toEqual([]);
    expect(items[i]).toBe(staticItems(doc)[i]);
  });

  it('keeps trivia and copies the path as it is; unknown is a no-op', () => {
    const doc = fixture();
    const g = group(doc, VAR, 'k12');
    const withTrivia: AnswerFile = {
      ...doc,
      variants: [{ ...doc.variants[0], items: [{ ...g, before: [{ kind: 'comment', text: 'c' }], end: [{ kind: 'text', text: 't' }] }] }],
    };
    const next = duplicateItem(withTrivia, VAR, PER_SIM, gk('copy'), counterKeys('n'));
    const copy = group(next, VAR, 'copy');
    expect(copy.path).toBe(g.path);
    expect(copy.before).toEqual([{ kind: 'comment', text: 'c' }]);
    expect(copy.end).toEqual([{ kind: 'text', text: 't' }]);
    expect(copy.entries.map((e) => e.key)).toEqual(['n1', 'n2']);
    expect(duplicateItem(doc, VAR, gk('nope'), gk('c'), counterKeys())).toBe(doc);
  });
});

describe('moveItemToOwner', () => {
  it('moves a group from Static to the end of a Variant, keeping the item object', () => {
    const doc = fixture();
    const moving = findItem(doc, STATIC, 'k8');
    const next = moveItemToOwner(doc, STATIC, gk('k8'), VAR);
    expect(keysOf(staticItems(next))).toEqual(['k6']);
    expect(keysOf(ownerItems(next, VAR))).toEqual(['k12', 'k8']);
    expect(ownerItems(next, VAR)[1]).toBe(moving);
    expect(ownerItems(next, VAR)[0]).toBe(ownerItems(doc, VAR)[0]);
  });

  it('moves from a Variant into an absent Static, creating it', () => {
    const doc: AnswerFile = { ...fixture(), static: undefined };
    const next = moveItemToOwner(doc, VAR, PER_SIM, STATIC);
    expect(keysOf(staticItems(next))).toEqual(['k12']);
    expect(ownerItems(next, VAR)).toEqual([]);
  });

  it('refuses DataAssets into a Variant, unknown items or variants, and the same owner', () => {
    const doc = addDataAssetsBlock(fixture(), gk('da'), counterKeys('d'));
    expect(moveItemToOwner(doc, STATIC, gk('da'), VAR)).toBe(doc);
    expect(moveItemToOwner(doc, STATIC, gk('nope'), VAR)).toBe(doc);
    expect(moveItemToOwner(doc, STATIC, gk('k6'), { kind: 'variant', key: asKey('x') })).toBe(doc);
    expect(moveItemToOwner(doc, STATIC, gk('k6'), { kind: 'static' })).toBe(doc);
    expect(moveItemToOwner(doc, VAR, PER_SIM, { kind: 'variant', key: asKey('k10') })).toBe(doc);
  });
});

describe('moveGroupMerging / moveEntryToOwner', () => {
  /** Founding doc plus a Variant group `v` (Multivariant, like Static's k6) holding `names`. */
  const withVariantGroup = (path: string, ...names: string[]): AnswerFile =>
    addSettingsGroup(fixture(), VAR, gk('v'), counterKeys('n'), { path, settings: names.map((name) => ({ name, value: '1' })) });

  it('joins the group of the same path (ignoring case) instead of adding a second one', () => {
    const doc = withVariantGroup('MULTIVARIANT', 'PersistVariantData', 'Other');
    const moved = group(doc, VAR, 'v').entries;
    const next = moveGroupMerging(doc, VAR, gk('v'), STATIC);
    expect(keysOf(staticItems(next))).toEqual(['k6', 'k8']);
    expect(group(next, STATIC, 'k6').path).toBe('Multivariant');
    expect(group(next, STATIC, 'k6').entries).toEqual([...group(doc, STATIC, 'k6').entries, ...moved]);
    expect(keysOf(ownerItems(next, VAR))).toEqual(['k12']);
    expect(findItem(next, STATIC, 'k8')).toBe(findItem(doc, STATIC, 'k8'));
  });

  it('moves the group whole when the owner has no group of its path', () => {
    const doc = withVariantGroup('Brightness', 'Level');
    const g = findItem(doc, VAR, 'v');
    const next = moveGroupMerging(doc, VAR, gk('v'), STATIC);
    expect(staticItems(next).at(-1)).toBe(g);
  });

  it('carries what stood around the moved group onto its entries and the end of the joined group', () => {
    const doc0 = withVariantGroup('Multivariant', 'PersistVariantData');
    const doc = updateOwnerItems(doc0, VAR, (items) =>
      items.map((it) => (it.key === 'v' ? { ...it, before: [{ kind: 'comment' as const, text: 'b' }], end: [{ kind: 'comment' as const, text: 'e' }] } : it)),
    );
    const next = moveGroupMerging(doc, VAR, gk('v'), STATIC);
    const mv = group(next, STATIC, 'k6');
    expect(mv.entries.at(-1)?.before).toEqual([{ kind: 'comment', text: 'b' }]);
    expect(mv.end).toEqual([{ kind: 'comment', text: 'e' }]);
  });

  it('refuses a merge that would set a setting twice or drop an attribute, and says why', () => {
    const doc = withVariantGroup('multivariant', 'enable');
    expect(planGroupMove(doc, VAR, gk('v'), STATIC)?.clashes).toEqual(['enable']);
    expect(moveGroupMerging(doc, VAR, gk('v'), STATIC)).toBe(doc);
    const attr = updateOwnerItems(withVariantGroup('Multivariant', 'X'), VAR, (items) =>
      items.map((it) => (it.key === 'v' ? { ...it, extraAttrs: [{ name: 'Foo', value: '1' }] } : it)),
    );
    expect(planGroupMove(attr, VAR, gk('v'), STATIC)?.clashes).toEqual(['attribute Foo']);
    expect(moveGroupMerging(attr, VAR, gk('v'), STATIC)).toBe(attr);
  });

  it('moves one entry into the group of its path, or a new group; a last entry takes its group along', () => {
    const doc = withVariantGroup('Multivariant', 'PersistVariantData', 'Other');
    const [persist, other] = group(doc, VAR, 'v').entries;
    const next = moveEntryToOwner(doc, VAR, gk('v'), persist.key, STATIC, gk('new'));
    expect(group(next, VAR, 'v').entries).toEqual([other]);
    expect(group(next, STATIC, 'k6').entries.at(-1)).toBe(persist);

    const nav = withVariantGroup('Shell/NavigationBar', 'AutoHide', 'Color');
    const [hide] = group(nav, VAR, 'v').entries;
    const fresh = moveEntryToOwner(nav, VAR, gk('v'), hide.key, STATIC, gk('new'));
    expect(group(fresh, STATIC, 'new')).toStrictEqual({ kind: 'settings', key: 'new', path: 'Shell/NavigationBar', entries: [hide] });

    const last = moveEntryToOwner(next, VAR, gk('v'), other.key, STATIC, gk('new'));
    expect(findItem(last, VAR, 'v')).toBeUndefined();
    expect(group(last, STATIC, 'k6').entries.at(-1)).toBe(other);
    expect(moveEntryToOwner(doc, VAR, gk('v'), ek('nope'), STATIC, gk('new'))).toBe(doc);
  });
});

describe('entries', () => {
  const entries = (doc: AnswerFile) => group(doc, VAR, 'k12').entries;

  it('addSetting defaults to empty name and value; init and index as given', () => {
    const doc = fixture();
    expect(entries(addSetting(doc, VAR, PER_SIM, ek('e')))[2]).toStrictEqual({ kind: 'setting', key: 'e', name: '', value: '' });
    const next = addSetting(doc, VAR, PER_SIM, ek('e'), { name: 'N', value: 'True' }, 0);
    expect(entries(next)[0]).toStrictEqual({ kind: 'setting', key: 'e', name: 'N', value: 'True' });
    expect(entries(next)[1]).toBe(entries(doc)[0]);
    expect(next.static).toBe(doc.static);
  });

  it('addAsset defaults Name and Source to empty, takes init, keeps kind and key', () => {
    const doc = fixture();
    expect(entries(addAsset(doc, VAR, PER_SIM, ek('a')))[2]).toStrictEqual({ kind: 'asset', key: 'a', name: '', source: '' });
    const init = { name: 'Ringtones', source: 'C:\\a.wma', displayName: 'A', type: 'MobileOperator' };
    expect(entries(addAsset(doc, VAR, PER_SIM, ek('a'), init, 1))[1]).toStrictEqual({ kind: 'asset', key: 'a', ...init });
  });

  it('updateEntry applies only the fields of the entry kind, verbatim', () => {
    let doc = addAsset(fixture(), VAR, PER_SIM, ek('a'), { name: 'R', source: 'S' });
    doc = updateEntry(doc, VAR, PER_SIM, ek('k14'), { value: '010', source: 'ignored', type: 'string' });
    expect(entries(doc)[1]).toStrictEqual({ kind: 'setting', key: 'k14', name: 'SMStoSMTPShortCode', value: '010', type: 'string' });
    const before = doc;
    doc = updateEntry(doc, VAR, PER_SIM, ek('a'), { value: 'ignored', targetFileName: 't.wma', source: undefined });
    expect(entries(doc)[2]).toStrictEqual({ kind: 'asset', key: 'a', name: 'R', targetFileName: 't.wma' });
    expect(entries(doc)[0]).toBe(entries(before)[0]);
  });

  it('updateEntry is a no-op for an unchanged value, an inapplicable field, or an unknown entry', () => {
    const doc = fixture();
    expect(updateEntry(doc, VAR, PER_SIM, ek('k13'), { value: '1' })).toBe(doc);
    expect(updateEntry(doc, VAR, PER_SIM, ek('k13'), { source: 'x' })).toBe(doc);
    expect(updateEntry(doc, VAR, PER_SIM, ek('nope'), { value: 'x' })).toBe(doc);
    expect(updateEntry(doc, STATIC, PER_SIM, ek('k13'), { value: 'x' })).toBe(doc);
  });

  it('removeEntry, moveEntry (clamped), duplicateEntry', () => {
    const doc = fixture();
    expect(entries(removeEntry(doc, VAR, PER_SIM, ek('k13'))).map((e) => e.key)).toEqual(['k14']);
    expect(removeEntry(doc, VAR, PER_SIM, ek('nope'))).toBe(doc);
    expect(entries(moveEntry(doc, VAR, PER_SIM, ek('k14'), -1)).map((e) => e.key)).toEqual(['k14', 'k13']);
    expect(entries(moveEntry(doc, VAR, PER_SIM, ek('k13'), 9)).map((e) => e.key)).toEqual(['k14', 'k13']);
    expect(moveEntry(doc, VAR, PER_SIM, ek('k14'), 9)).toBe(doc);
    const dup = duplicateEntry(doc, VAR, PER_SIM, ek('k13'), ek('d'));
    expect(entries(dup)).toStrictEqual([entries(doc)[0], { ...entries(doc)[0], key: 'd' }, entries(doc)[1]]);
    expect(entries(dup)[0]).toBe(entries(doc)[0]);
    expect(duplicateEntry(doc, VAR, PER_SIM, ek('nope'), ek('d'))).toBe(doc);
  });
});
