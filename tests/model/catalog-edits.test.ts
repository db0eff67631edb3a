import { describe, expect, it } from 'vitest';
import { createEmptyDocument, findItem, ownerItems } from '../../src/model/answer-file.ts';
import { addFromCatalog, entriesToAdd, receivingGroup } from '../../src/model/catalog-edits.ts';
import { findSetting } from '../../src/model/catalog/lookup.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { addSettingsGroup } from '../../src/model/groups.ts';
import { asKey, counterKeys, type GroupKey } from '../../src/model/ids.ts';
import type { AnswerFile, ItemOwner, SettingsGroup } from '../../src/model/types.ts';

const STATIC: ItemOwner = { kind: 'static' };
const PS = 'Messaging/PerSimSettings/$(__ICCID)';
const entry = (path: string, name: string) => {
  const s = findSetting(path, name);
  if (!s) throw new Error(`not in the catalog: ${path} ${name}`);
  return s;
};
const groups = (doc: AnswerFile, owner: ItemOwner) => ownerItems(doc, owner).filter((i): i is SettingsGroup => i.kind === 'settings');
const names = (g: SettingsGroup) => g.entries.map((e) => e.name);

function founding() {
  const doc = createFoundingDocument(counterKeys('f'));
  const variant = { kind: 'variant', key: doc.variants[0].key } as const;
  return { doc, variant, perSim: doc.variants[0].items[0].key as GroupKey };
}

describe('addFromCatalog', () => {
  it('adds a new group with the catalog path and the default value', () => {
    const doc = createEmptyDocument();
    const out = addFromCatalog(doc, STATIC, entry('Multivariant', 'PersistVariantData'), counterKeys('n'));
    const [g] = groups(out, STATIC);
    expect(g.path).toBe('Multivariant');
    expect(g.entries).toEqual([{ kind: 'setting', key: 'n2', name: 'PersistVariantData', value: entry('Multivariant', 'PersistVariantData').default ?? '' }]);
  });

  it('adds to the current group when its path matches (case-insensitively)', () => {
    const { doc, variant, perSim } = founding();
    const out = addFromCatalog(doc, variant, entry(PS, 'RetrySize'), counterKeys('n'), perSim);
    expect(names(findItem(out, variant, perSim) as SettingsGroup)).toEqual(['AllowSMStoSMTPAddress', 'SMStoSMTPShortCode', 'RetrySize']);
    expect(groups(out, variant)).toHaveLength(1);
    // untouched parts keep their identity
    expect(out.static).toBe(doc.static);
  });

  it('uses another group of the owner with the path when the current one does not match', () => {
    const { doc } = founding();
    const multivariant = doc.static!.items[0].key as GroupKey;
    const autoData = doc.static!.items[1].key as GroupKey;
    const out = addFromCatalog(doc, STATIC, entry('Multivariant', 'PersistVariantData'), counterKeys('n'), autoData);
    expect(receivingGroup(doc, STATIC, entry('Multivariant', 'PersistVariantData'), autoData)?.key).toBe(multivariant);
    expect(names(findItem(out, STATIC, multivariant) as SettingsGroup)).toEqual(['Enable', 'PersistVariantData']);
  });

  it('adds a new group at the end when no group matches', () => {
    const { doc, variant, perSim } = founding();
    const out = addFromCatalog(doc, variant, entry(`${PS}/RcsOptions`, 'RcsEnabled'), counterKeys('n'), perSim);
    const gs = groups(out, variant);
    expect(gs.map((g) => g.path)).toEqual([PS, `${PS}/RcsOptions`]);
  });

  it('adds every member of an Atomic group', () => {
    const sender = entry('Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender');
    expect(entriesToAdd(sender).map((s) => s.name)).toEqual(['SyncSender', 'SyncPrefix']);
    const out = addFromCatalog(createEmptyDocument(), STATIC, sender, counterKeys('n'));
    expect(names(groups(out, STATIC)[0])).toEqual(['SyncSender', 'SyncPrefix']);
  });

  it('completes an Atomic group without duplicating present members', () => {
    const keys = counterKeys('n');
    const doc = addSettingsGroup(createEmptyDocument(), STATIC, asKey('g'), keys, {
      path: 'Messaging/GlobalSettings/VoicemailIntercept',
      settings: [{ name: 'syncprefix', value: 'abcd' }],
    });
    const out = addFromCatalog(doc, STATIC, entry('Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender'), keys, asKey('g'));
    expect(names(groups(out, STATIC)[0])).toEqual(['syncprefix', 'SyncSender']);
    // choosing it again changes nothing
    expect(addFromCatalog(out, STATIC, entry('Messaging/GlobalSettings/VoicemailIntercept', 'SyncPrefix'), keys, asKey('g'))).toBe(out);
  });

  it('adds an Asset entry as an Asset with an empty Source', () => {
    const asset = findSetting(PS, 'EtwsSound');
    if (!asset) return expect.fail('EtwsSound asset expected in the catalog');
    expect(asset.kind).toBe('Asset');
    const out = addFromCatalog(createEmptyDocument(), STATIC, asset, counterKeys('n'));
    expect(groups(out, STATIC)[0].entries[0]).toMatchObject({ kind: 'asset', name: 'EtwsSound', source: '' });
  });

  it('leaves the document unchanged for an unknown variant', () => {
    const doc = createEmptyDocument();
    expect(addFromCatalog(doc, { kind: 'variant', key: asKey('nope') }, entry(PS, 'RetrySize'), counterKeys('n'))).toBe(doc);
  });
});
