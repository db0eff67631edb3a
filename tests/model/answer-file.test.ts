import { describe, expect, it } from 'vitest';
import {
  createEmptyDocument,
  findItem,
  findTarget,
  findVariant,
  ownerItems,
  patchFields,
  pickFields,
  setRootAttribute,
  staticItems,
  targetList,
  updateOwnerItem,
  updateOwnerItems,
  updateTargetList,
  type RootField,
} from '../../src/model/answer-file.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys } from '../../src/model/ids.ts';
import type { AnswerFile, DataAssetsBlock, SettingsGroup } from '../../src/model/types.ts';
import { copyName, numberedName, takenNames } from '../../src/model/unique-name.ts';

const founding = (): AnswerFile => createFoundingDocument(counterKeys('k'));
const STATIC = { kind: 'static' } as const;
const variantOwner = (doc: AnswerFile) => ({ kind: 'variant', key: doc.variants[0].key }) as const;

describe('createEmptyDocument', () => {
  it('has the root attributes and no sections', () => {
    expect(createEmptyDocument()).toStrictEqual({ name: '', description: '', owner: '', ownerType: 'OEM', variants: [] });
  });
});

describe('setRootAttribute', () => {
  const cases: readonly [RootField, string][] = [
    ['name', 'N'],
    ['description', ' spaced  '],
    ['owner', 'Contoso'],
    ['ownerType', 'MobileOperator'],
    ['priority', '010'],
  ];
  it.each(cases)('sets %s exactly as typed and keeps the sections identical', (field, value) => {
    const doc = founding();
    const next = setRootAttribute(doc, field, value);
    expect(next[field]).toBe(value);
    expect(next.targets).toBe(doc.targets);
    expect(next.static).toBe(doc.static);
    expect(next.variants).toBe(doc.variants);
  });

  it('returns the same doc when the value does not change', () => {
    const doc = founding();
    expect(setRootAttribute(doc, 'name', 'SMStoSMTP')).toBe(doc);
    expect(setRootAttribute(doc, 'priority', undefined)).toBe(doc);
  });

  it('removes the attribute when given undefined (absent differs from empty)', () => {
    const doc = founding();
    const next = setRootAttribute(doc, 'owner', undefined);
    expect('owner' in next).toBe(false);
    expect(doc.owner).toBe('');
  });
});

describe('patchFields / pickFields', () => {
  it('returns the object itself when no field changes', () => {
    const o = { a: '1', b: undefined as string | undefined };
    expect(patchFields(o, { a: '1' })).toBe(o);
    expect(patchFields(o, { b: undefined })).toBe(o);
  });
  it('deletes fields patched to undefined', () => {
    const o: { a?: string; b?: string } = { a: '1', b: '2' };
    expect(patchFields(o, { a: undefined, b: '3' })).toStrictEqual({ b: '3' });
  });
  it('picks only listed own fields, keeping explicit undefined', () => {
    const patch = { a: '1', b: undefined, c: 'x' };
    const picked = pickFields(patch, ['a', 'b']);
    expect(picked).toStrictEqual({ a: '1', b: undefined });
    expect(pickFields({ a: '1' } as { a?: string; b?: string }, ['b'])).toStrictEqual({});
  });
});

describe('lookups', () => {
  it('returns the same frozen empty list for absent sections', () => {
    const empty = createEmptyDocument();
    expect(targetList(empty)).toHaveLength(0);
    expect(targetList(empty)).toBe(targetList(createEmptyDocument()));
    expect(staticItems(empty)).toBe(targetList(empty));
    expect(Object.isFrozen(targetList(empty))).toBe(true);
    expect(ownerItems(empty, { kind: 'variant', key: asKey('nope') })).toHaveLength(0);
  });

  it('finds targets, variants and items by key', () => {
    const doc = founding();
    expect(findTarget(doc, asKey('k1'))?.id).toBe('Operator');
    expect(findTarget(doc, asKey('k2'))).toBeUndefined();
    expect(findVariant(doc, asKey('k10'))?.name).toBe('Operator');
    expect(findVariant(doc, asKey('k1'))).toBeUndefined();
    expect((findItem(doc, STATIC, 'k8') as SettingsGroup).path).toBe('AutoDataConfig');
    expect((findItem(doc, variantOwner(doc), 'k12') as SettingsGroup).path).toBe('Messaging/PerSimSettings/$(__ICCID)');
    expect(findItem(doc, STATIC, 'k12')).toBeUndefined();
    expect(ownerItems(doc, STATIC)).toBe(doc.static?.items);
    expect(ownerItems(doc, variantOwner(doc))).toBe(doc.variants[0].items);
  });
});

describe('section updaters', () => {
  const dataAssets: DataAssetsBlock = { kind: 'dataAssets', key: asKey('da'), type: 'MapData', assets: [] };

  it('does not create an absent section when nothing changes', () => {
    const empty = createEmptyDocument();
    expect(updateOwnerItems(empty, STATIC, (items) => items)).toBe(empty);
    expect(updateTargetList(empty, (ts) => ts)).toBe(empty);
  });

  it('creates <Static> when the first item is added', () => {
    const next = updateOwnerItems(createEmptyDocument(), STATIC, () => [dataAssets]);
    expect(next.static).toStrictEqual({ items: [dataAssets] });
  });

  it('refuses DataAssets in a Variant', () => {
    const doc = founding();
    expect(updateOwnerItems(doc, variantOwner(doc), (items) => [...items, dataAssets])).toBe(doc);
  });

  it('ignores an unknown variant or item', () => {
    const doc = founding();
    expect(updateOwnerItems(doc, { kind: 'variant', key: asKey('x') }, () => [])).toBe(doc);
    expect(updateOwnerItem(doc, STATIC, 'x', (it) => ({ ...it }))).toBe(doc);
  });
});

describe('unique names', () => {
  it('numbers from 1 and skips taken names (case-sensitive)', () => {
    expect(numberedName('Target', takenNames([]))).toBe('Target1');
    expect(numberedName('Target', takenNames(['Target1', undefined, 'Target3']))).toBe('Target2');
    expect(numberedName('Target', takenNames(['target1']))).toBe('Target1');
  });
  it('names copies X-copy, X-copy2, ...', () => {
    expect(copyName('X', takenNames(['X']))).toBe('X-copy');
    expect(copyName('X', takenNames(['X', 'X-copy']))).toBe('X-copy2');
    expect(copyName('X', takenNames(['X', 'X-copy', 'X-copy2']))).toBe('X-copy3');
  });
});
