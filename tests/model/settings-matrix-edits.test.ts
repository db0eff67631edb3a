// The settings matrix's edits: setting a cell (existing Setting, a group of that path, or a new group), moving a
// row to Static, copying a row to a variant, and removing a Setting without leaving an empty group.

import { describe, expect, it } from 'vitest';
import { asKey, counterKeys, type VariantKey } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { ownerItems, staticItems } from '../../src/model/answer-file.ts';
import type { AnswerFile, ItemOwner, SettingsGroup } from '../../src/model/types.ts';
import { copyRowToVariant, findCell, moveRowToStatic, removeSettingPruning, setCellValue } from '../../src/model/settings-matrix-edits.ts';
import { addVariant } from '../../src/model/variants.ts';
import { addSetting, updateEntry } from '../../src/model/groups.ts';

const PER_SIM = 'Messaging/PerSimSettings/$(__ICCID)';
const STATIC: ItemOwner = { kind: 'static' };

function founding(): { doc: AnswerFile; keys: () => string; op: VariantKey } {
  const keys = counterKeys('f');
  const doc = createFoundingDocument(keys);
  return { doc, keys, op: doc.variants[0].key };
}

const groups = (doc: AnswerFile, owner: ItemOwner) => ownerItems(doc, owner).filter((i): i is SettingsGroup => i.kind === 'settings');
const shape = (doc: AnswerFile, owner: ItemOwner) => groups(doc, owner).map((g) => [g.path, ...g.entries.map((e) => `${e.name}=${e.kind === 'setting' ? (e.value ?? '∅') : ''}`)]);

describe('setCellValue', () => {
  it("updates the owner's Setting, found ignoring case; nothing else changes identity", () => {
    const { doc, keys, op } = founding();
    const owner: ItemOwner = { kind: 'variant', key: op };
    const next = setCellValue(doc, owner, PER_SIM.toLowerCase(), 'smstosmtpshortcode', '1234', keys);
    expect(findCell(next, owner, PER_SIM, 'SMStoSMTPShortCode')?.value).toBe('1234');
    expect(next.static).toBe(doc.static);
    expect(groups(next, owner)[0].entries[0]).toBe(groups(doc, owner)[0].entries[0]);
    expect(setCellValue(next, owner, PER_SIM, 'SMStoSMTPShortCode', '1234', keys)).toBe(next);
  });

  it('adds a Setting to the group of that path, or a new group, with a copied Type on a new Setting only', () => {
    const { doc, keys } = founding();
    const joined = setCellValue(doc, STATIC, 'MULTIVARIANT', 'Other', '5', keys);
    expect(shape(joined, STATIC)).toEqual([['Multivariant', 'Enable=1', 'Other=5'], ['AutoDataConfig', 'Enable=0']]);
    const fresh = setCellValue(joined, STATIC, 'New/Path', 'N', 'v', keys, 'integer');
    expect(shape(fresh, STATIC).at(-1)).toEqual(['New/Path', 'N=v']);
    expect(groups(fresh, STATIC).at(-1)!.entries[0]).toMatchObject({ type: 'integer' });
    const again = setCellValue(fresh, STATIC, 'New/Path', 'N', 'w', keys, 'string');
    expect(groups(again, STATIC).at(-1)!.entries[0]).toMatchObject({ value: 'w', type: 'integer' });
  });
});

describe('removeSettingPruning', () => {
  it('removes a Setting, and its group when it was the last one', () => {
    const { doc } = founding();
    const [mv] = groups(doc, STATIC);
    const gone = removeSettingPruning(doc, STATIC, mv.key, mv.entries[0].key);
    expect(shape(gone, STATIC)).toEqual([['AutoDataConfig', 'Enable=0']]);
    const withTwo = addSetting(doc, STATIC, mv.key, asKey('extra'), { name: 'B', value: '2' });
    expect(shape(removeSettingPruning(withTwo, STATIC, mv.key, mv.entries[0].key), STATIC)[0]).toEqual(['Multivariant', 'B=2']);
    expect(removeSettingPruning(doc, STATIC, mv.key, asKey('nope'))).toBe(doc);
  });
});

describe('moveRowToStatic', () => {
  it('moves the Setting into Static (its group when it was the last), keeping its key', () => {
    const { doc, keys, op } = founding();
    const var0: ItemOwner = { kind: 'variant', key: op };
    const entry = groups(doc, var0)[0].entries[1];
    const next = moveRowToStatic(doc, op, PER_SIM, 'SMStoSMTPShortCode', keys);
    expect(shape(next, var0)).toEqual([[PER_SIM, 'AllowSMStoSMTPAddress=1']]);
    expect(shape(next, STATIC).at(-1)).toEqual([PER_SIM, 'SMStoSMTPShortCode=']);
    expect(groups(next, STATIC).at(-1)!.entries[0]).toBe(entry);
    // The last Setting of the group: the whole group moves, joining Static's group of that path.
    const both = moveRowToStatic(next, op, PER_SIM, 'AllowSMStoSMTPAddress', keys);
    expect(groups(both, var0)).toEqual([]);
    expect(shape(both, STATIC).at(-1)).toEqual([PER_SIM, 'SMStoSMTPShortCode=', 'AllowSMStoSMTPAddress=1']);
  });

  it('gives Static the value when it sets the row already, and drops the row from variants with the same value', () => {
    const keys = counterKeys('m');
    let doc = createFoundingDocument(keys);
    doc = addVariant(doc, asKey('v2'), keys, 'Operator');
    doc = addVariant(doc, asKey('v3'), keys, 'Operator');
    const [a, b, c] = doc.variants.map((v): ItemOwner => ({ kind: 'variant', key: v.key }));
    doc = setCellValue(doc, b, 'Multivariant', 'Enable', '0', keys);
    doc = setCellValue(doc, c, 'Multivariant', 'Enable', '2', keys);
    doc = setCellValue(doc, a, 'multivariant', 'enable', '0', keys);
    const next = moveRowToStatic(doc, asKey('v2'), 'Multivariant', 'Enable', keys);
    expect(findCell(next, STATIC, 'Multivariant', 'Enable')?.value).toBe('0');
    expect(findCell(next, a, 'Multivariant', 'Enable')).toBeUndefined();
    expect(findCell(next, b, 'Multivariant', 'Enable')).toBeUndefined();
    expect(findCell(next, c, 'Multivariant', 'Enable')?.value).toBe('2');
    expect(groups(next, b)).toEqual([]); // no empty group left behind
    expect(staticItems(next)).toHaveLength(2);
    expect(moveRowToStatic(next, asKey('v2'), 'Multivariant', 'Enable', keys)).toBe(next);
  });

  it('moves an absent Value as absent', () => {
    const { doc, keys, op } = founding();
    const var0: ItemOwner = { kind: 'variant', key: op };
    const g = groups(doc, var0)[0];
    const noValue = updateEntry(doc, var0, g.key, g.entries[1].key, { value: undefined });
    const withStatic = setCellValue(noValue, STATIC, PER_SIM, 'SMStoSMTPShortCode', 'x', keys);
    const next = moveRowToStatic(withStatic, op, PER_SIM, 'SMStoSMTPShortCode', keys);
    expect(findCell(next, STATIC, PER_SIM, 'SMStoSMTPShortCode')?.value).toBeUndefined();
  });
});

describe('copyRowToVariant', () => {
  it("copies the source's value into the target variant, adding or updating its Setting", () => {
    const keys = counterKeys('c');
    let doc = createFoundingDocument(keys);
    doc = addVariant(doc, asKey('v2'), keys, 'Operator');
    const [a, b] = doc.variants.map((v): ItemOwner => ({ kind: 'variant', key: v.key }));
    doc = setCellValue(doc, a, PER_SIM, 'SMStoSMTPShortCode', '4242', keys);
    const copied = copyRowToVariant(doc, a, asKey('v2'), PER_SIM, 'SMStoSMTPShortCode', keys);
    expect(shape(copied, b)).toEqual([[PER_SIM, 'SMStoSMTPShortCode=4242']]);
    expect(copied.variants[0]).toBe(doc.variants[0]);
    const fromStatic = copyRowToVariant(copied, STATIC, asKey('v2'), 'Multivariant', 'Enable', keys);
    expect(shape(fromStatic, b)).toEqual([[PER_SIM, 'SMStoSMTPShortCode=4242'], ['Multivariant', 'Enable=1']]);
    expect(copyRowToVariant(doc, a, a.kind === 'variant' ? a.key : asKey('x'), PER_SIM, 'SMStoSMTPShortCode', keys)).toBe(doc);
    expect(copyRowToVariant(doc, b, asKey('v2'), PER_SIM, 'SMStoSMTPShortCode', keys)).toBe(doc); // b does not set it
    expect(copyRowToVariant(doc, a, asKey('gone'), PER_SIM, 'SMStoSMTPShortCode', keys)).toBe(doc);
  });
});
