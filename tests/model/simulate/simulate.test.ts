// Effective settings: Static then the applied Variants in order, overrides, merged Variants, macros,
// FirstVariationOnly and ImageTimeOnly, may-match Targets, dual SIM.

import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../../src/model/simulate/assumptions.ts';
import { simulate, simulateSlots } from '../../../src/model/simulate/simulate.ts';
import type { AnswerFile } from '../../../src/model/types.ts';
import { cleanDoc, cond, group, multivariantOn, setting, state, target, variant } from '../validate/fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';
const IMSI = 'CellCore/PerIMSI/$(__IMSI)/SMS';

/** Two Targets: US (MCC 310, MNC 260) and ANY310 (MCC 310 only), each with a Variant. */
function twoTargets(): AnswerFile {
  return cleanDoc({
    targets: { targets: [target('US', state(cond('MCC', '310'), cond('MNC', '260'))), target('ANY310', state(cond('MCC', '310')))] },
    static: { items: [...multivariantOn(), group('Contoso/Defaults', setting('Mode', 'static'))] },
    variants: [
      variant('Specific', ['US'], group(PS, setting('AllowSMStoSMTPAddress', '1'), setting('SMStoSMTPShortCode', '1234'))),
      variant('Broad', ['ANY310'], group(PS, setting('AllowSMStoSMTPAddress', '0')), group('Contoso/Defaults', setting('Mode', 'broad'))),
    ],
  });
}

const find = (r: ReturnType<typeof simulate>, name: string) => r.settings.find((s) => s.name === name);

describe('simulate', () => {
  it('applies the less specific Target first, so the more specific one overrides it (priority)', () => {
    const r = simulate(twoTargets(), { values: { MCC: '310', MNC: '260', ICCID: '8901' } });
    expect(r.applied.map((a) => a.merged.id)).toEqual(['ANY310', 'US']);
    const allow = find(r, 'AllowSMStoSMTPAddress')!;
    expect(allow.path).toBe('Messaging/PerSimSettings/8901');
    expect(allow.value).toBe('1');
    expect(allow.source).toBe('Variant "Specific" (Target "US")');
    expect(allow.contributions.map((c) => [c.value, c.status])).toEqual([['0', 'overridden'], ['1', 'applied']]);
    expect(r.assumptions).toContain('priority');
  });

  it('lets a Variant override Static, and keeps Static where nothing overrides', () => {
    const r = simulate(twoTargets(), { values: { MCC: '310', MNC: '999' } });
    expect(r.applied.map((a) => a.merged.id)).toEqual(['ANY310']);
    const mode = find(r, 'Mode')!;
    expect(mode.value).toBe('broad');
    expect(mode.contributions.map((c) => [c.label, c.status])).toEqual([['Static', 'overridden'], ['Variant "Broad" (Target "ANY310")', 'applied']]);
    expect(find(r, 'Enable')?.source).toBe('Static');
  });

  it('applies equal ranks in document order of their first Variant, the later winning', () => {
    const doc = cleanDoc({
      targets: { targets: [target('B', state(cond('SPN', 'x'))), target('A', state(cond('MCC', '310')))] },
      variants: [variant('VA', ['A'], group(PS, setting('AllowSMStoSMTPAddress', 'a'))), variant('VB', ['B'], group(PS, setting('AllowSMStoSMTPAddress', 'b')))],
    });
    const r = simulate(doc, { values: { MCC: '310', SPN: 'x' } });
    expect(r.applied.map((a) => a.merged.id)).toEqual(['A', 'B']);
    expect(find(r, 'AllowSMStoSMTPAddress')?.value).toBe('b');
  });

  it('does not count wildcards in the rank', () => {
    const doc = cleanDoc({
      targets: { targets: [target('Wild', state(cond('MCC', '310'), cond('MNC', undefined, 'true'))), target('Plain', state(cond('MCC', '310')))] },
      variants: [variant('VP', ['Plain'], group(PS, setting('X', 'plain'))), variant('VW', ['Wild'], group(PS, setting('X', 'wild')))],
    });
    const r = simulate(doc, { values: { MCC: '310', MNC: '1' } });
    // equal ranks (one matched SIM condition each): document order of the first Variants, VP then VW
    expect(r.applied.map((a) => a.merged.id)).toEqual(['Plain', 'Wild']);
  });

  it('merges Variants that share a Target, the later setting winning', () => {
    const doc = cleanDoc({
      variants: [variant('V1', ['T1'], group(PS, setting('A', '1'), setting('B', '1'))), variant('V2', ['T1'], group(PS, setting('a', '2')))],
    });
    const r = simulate(doc, { values: { MCC: '310', MNC: '260' } });
    expect(r.applied).toHaveLength(1);
    expect(r.applied[0].merged.variants.map((v) => v.name)).toEqual(['V1', 'V2']);
    expect(find(r, 'A')?.value).toBe('2');
    expect(find(r, 'A')?.source).toBe('Variant "V2" (Target "T1")');
    expect(find(r, 'B')?.value).toBe('1');
  });

  it('expands $(__ICCID) and $(__IMSI) to the entered values, and leaves them when unknown', () => {
    const doc = cleanDoc({ variants: [variant('V', ['T1'], group(PS, setting('A', '1')), group(IMSI, setting('SmsPageLimit', '5')))] });
    const known = simulate(doc, { values: { MCC: '310', MNC: '260', ICCID: '89014103211118510720', IMSI: '310260000000001' } });
    expect(known.settings.map((s) => s.path)).toEqual(['Multivariant', 'AutoDataConfig', 'Messaging/PerSimSettings/89014103211118510720', 'CellCore/PerIMSI/310260000000001/SMS']);
    const unknown = simulate(doc, { values: { MCC: '310', MNC: '260' } });
    expect(unknown.settings.map((s) => s.path)).toContain(PS);
  });

  it('applies FirstVariationOnly groups at the first SIM only, and never an ImageTimeOnly group of a Variant', () => {
    const doc = cleanDoc({ variants: [variant('V', ['T1'], group('DeviceInfo/Variant', setting('PhoneManufacturerModelName', 'X1')), group('Brightness', setting('HideAutoBrightness', '1')))] });
    const values = { MCC: '310', MNC: '260' };
    const first = simulate(doc, { values });
    expect(find(first, 'PhoneManufacturerModelName')?.value).toBe('X1');
    const later = simulate(doc, { values, first: false });
    const model = find(later, 'PhoneManufacturerModelName')!;
    expect(model.value).toBeUndefined();
    expect(model.contributions[0]).toMatchObject({ status: 'skipped', stage: 'first-sim' });
    const image = find(first, 'HideAutoBrightness')!;
    expect(image.value).toBeUndefined();
    expect(image.contributions[0]).toMatchObject({ status: 'skipped', stage: 'image' });
  });

  it('lists Targets that may match, with their values as possible but not applied', () => {
    const r = simulate(twoTargets(), { values: { MCC: '310' } });
    expect(r.targets.map((t) => t.outcome)).toEqual(['unknown', 'match']);
    expect(r.possible.map((a) => a.merged.id)).toEqual(['US']);
    const allow = find(r, 'AllowSMStoSMTPAddress')!;
    expect(allow.value).toBe('0');
    expect(allow.contributions.map((c) => c.status)).toEqual(['applied', 'possible']);
    expect(find(r, 'SMStoSMTPShortCode')).toMatchObject({ value: undefined, source: undefined });
    expect(r.assumptions).toContain('unknown-value');
  });

  it('takes only the first Target of a duplicated Id', () => {
    const doc = cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', '999'))), target('T1', state(cond('MCC', '310')))] } });
    expect(simulate(doc, { values: { MCC: '310' } }).applied).toEqual([]);
  });

  it('names only known assumptions, in the order of the list', () => {
    const r = simulate(twoTargets(), { values: { MCC: '310', SPN: 'pattern' } });
    const ids = ASSUMPTIONS.map((a) => a.id);
    expect(r.assumptions.every((a) => ids.includes(a))).toBe(true);
    expect([...r.assumptions].sort((a, b) => ids.indexOf(a) - ids.indexOf(b))).toEqual(r.assumptions);
  });
});

describe('simulateSlots: dual SIM', () => {
  it('resolves each slot on its own, slot 1 being the first SIM', () => {
    const doc = cleanDoc({
      targets: { targets: [target('US', state(cond('MCC', '310'))), target('DE', state(cond('MCC', '262')))] },
      variants: [
        variant('VUS', ['US'], group(PS, setting('AllowSMStoSMTPAddress', '1')), group('DeviceInfo/Variant', setting('PhoneManufacturerModelName', 'US'))),
        variant('VDE', ['DE'], group(PS, setting('AllowSMStoSMTPAddress', '0')), group('DeviceInfo/Variant', setting('PhoneManufacturerModelName', 'DE'))),
      ],
    });
    const [one, two] = simulateSlots(doc, [{ values: { MCC: '310', ICCID: '111' } }, { values: { MCC: '262', ICCID: '222' } }]);
    expect(one.applied.map((a) => a.merged.id)).toEqual(['US']);
    expect(two.applied.map((a) => a.merged.id)).toEqual(['DE']);
    expect(find(one, 'AllowSMStoSMTPAddress')).toMatchObject({ path: 'Messaging/PerSimSettings/111', value: '1' });
    expect(find(two, 'AllowSMStoSMTPAddress')).toMatchObject({ path: 'Messaging/PerSimSettings/222', value: '0' });
    expect(find(one, 'PhoneManufacturerModelName')?.value).toBe('US');
    expect(find(two, 'PhoneManufacturerModelName')?.value).toBeUndefined();
    const swapped = simulateSlots(doc, [{ values: { MCC: '310' }, first: false }, { values: { MCC: '262' }, first: true }]);
    expect(find(swapped[1], 'PhoneManufacturerModelName')?.value).toBe('DE');
  });
});
