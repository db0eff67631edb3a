// Each quick fix, applied to a document that has its diagnostic, removes that diagnostic and nothing else.

import { describe, expect, it } from 'vitest';
import type { AnswerFile, SettingsGroup } from '../../src/model/types.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { quickFixFor } from '../../src/model/validate/quick-fix.ts';
import type { DiagnosticCode } from '../../src/model/validate/codes.ts';
import { applyFix, quickFixLabel } from '../../src/model/quick-fix-edits.ts';
import { cleanDoc, cond, group, setting, simTarget, state, target, withStatic, withVariantItems } from './validate/fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

const codes = (doc: AnswerFile) => validate(doc, { strict: false }).map((d) => d.code);

function fixOnce(doc: AnswerFile, code: DiagnosticCode, variant?: AnswerFile['variants'][number]['key']): AnswerFile {
  const d = validate(doc, { strict: false }).find((x) => x.code === code);
  expect(d, `the document has ${code}`).toBeDefined();
  const fix = quickFixFor(d!, doc);
  expect(fix).toBeDefined();
  const fixed = applyFix(doc, fix!, counterKeys('fix'), variant);
  expect(fixed).not.toBe(doc);
  return fixed;
}

describe('applyFix', () => {
  it('adds Multivariant/Enable=1 at the top of Static when the group is missing', () => {
    const doc = cleanDoc({ static: { items: [group('AutoDataConfig', setting('Enable', '0'))] } });
    const fixed = fixOnce(doc, 'multivariant-missing');
    expect(codes(fixed)).not.toContain('multivariant-missing');
    const first = fixed.static!.items[0];
    expect(first).toMatchObject({ kind: 'settings', path: 'Multivariant', entries: [{ kind: 'setting', name: 'Enable', value: '1' }] });
    expect(fixed.static!.items[1]).toBe(doc.static!.items[0]);
  });

  it('sets an existing Multivariant/Enable=0 to 1', () => {
    const doc = cleanDoc({ static: { items: [group('Multivariant', setting('Enable', '0'))] } });
    const fixed = fixOnce(doc, 'multivariant-missing');
    expect(codes(fixed)).not.toContain('multivariant-missing');
    expect(fixed.static!.items).toHaveLength(1);
    expect(fixed.static!.items[0]).toMatchObject({ entries: [{ name: 'Enable', value: '1' }] });
  });

  it('sets AutoDataConfig/Enable to 0 when both are on', () => {
    const doc = cleanDoc({ static: { items: [group('Multivariant', setting('Enable', '1')), group('AutoDataConfig', setting('Enable', '1'))] } });
    const fixed = fixOnce(doc, 'multivariant-and-adc');
    expect(codes(fixed)).not.toContain('multivariant-and-adc');
    expect(fixed.static!.items[1]).toMatchObject({ path: 'AutoDataConfig', entries: [{ value: '0' }] });
    expect(fixed.static!.items[0]).toBe(doc.static!.items[0]);
  });

  it('lowercases a capitalised prefix and keeps the rest of the value', () => {
    // On MCC the tool reads "Range:310,320" as a plain MCC, which is invalid: an error the fix removes.
    const doc = cleanDoc({ targets: { targets: [simTarget('T1'), target('T2', state(cond('MCC', '!Range:310,320')))] } });
    const fixed = fixOnce(doc, 'condition-prefix-invalid');
    expect(codes(fixed)).not.toContain('condition-prefix-invalid');
    expect(fixed.targets!.targets[1].states[0].conditions[0].value).toBe('!range:310,320');
    expect(fixed.targets!.targets[0]).toBe(doc.targets!.targets[0]);
    // On UIName the plain value is valid: a warning, with the same fix.
    const ui = cleanDoc({ targets: { targets: [simTarget('T1'), target('T2', state(cond('UIName', 'Pattern:^Contoso')))] } });
    const uiFixed = fixOnce(ui, 'condition-prefix-case');
    expect(codes(uiFixed)).not.toContain('condition-prefix-case');
    expect(uiFixed.targets!.targets[1].states[0].conditions[0].value).toBe('pattern:^Contoso');
  });

  it('moves a per-SIM group from Static to the chosen variant, and does nothing without one', () => {
    const perSim = group('Messaging/PerSimSettings/$(__ICCID)', setting('SMStoSMTPShortCode', '12345'));
    const base = withStatic(perSim);
    // The variant has no group of that path: the group moves whole, as it is.
    const doc = { ...base, variants: [{ ...base.variants[0], items: [group('Messaging/GlobalSettings', setting('DisplayCmasLifo', '1'))] }] };
    const v = doc.variants[0].key;
    const fixed = fixOnce(doc, 'per-sim-in-static', v);
    expect(codes(fixed)).not.toContain('per-sim-in-static');
    expect(fixed.static!.items).not.toContain(perSim);
    expect(fixed.variants[0].items.at(-1)).toBe(perSim);

    const d = validate(doc, { strict: false }).find((x) => x.code === 'per-sim-in-static')!;
    expect(applyFix(doc, quickFixFor(d, doc)!, counterKeys())).toBe(doc);
  });

  it('merges a per-SIM group into the chosen variant\'s group of the same path, and refuses a clash', () => {
    const perSim = group('messaging/persimsettings/$(__ICCID)', setting('SMStoSMTPShortCode', '12345'));
    const doc = withStatic(perSim);
    const v = doc.variants[0];
    const fixed = fixOnce(doc, 'per-sim-in-static', v.key);
    expect(codes(fixed)).not.toContain('per-sim-in-static');
    expect(fixed.variants[0].items).toHaveLength(1);
    const into = fixed.variants[0].items[0] as SettingsGroup;
    expect(into.path).toBe('Messaging/PerSimSettings/$(__ICCID)');
    expect(into.entries).toEqual([...(v.items[0] as SettingsGroup).entries, perSim.entries[0]]);

    const clash = withStatic(group(PS, setting('allowsmstosmtpaddress', '0')));
    const d = validate(clash, { strict: false }).find((x) => x.code === 'per-sim-in-static')!;
    expect(applyFix(clash, quickFixFor(d, clash)!, counterKeys(), clash.variants[0].key)).toBe(clash);
  });

  it('moves an ImageTimeOnly group from a variant to Static, creating Static when absent', () => {
    const g = group('Brightness', setting('Level', '50'));
    const doc = { ...withVariantItems(g), static: undefined };
    const fixed = fixOnce(doc, 'image-time-only-in-variant');
    expect(codes(fixed)).not.toContain('image-time-only-in-variant');
    expect(fixed.variants[1].items).toEqual([]);
    expect(fixed.static!.items).toEqual([g]);
    expect(fixed.variants[0]).toBe(doc.variants[0]);
  });

  it('merges an ImageTimeOnly group into the Static group of the same path, keeping its comments', () => {
    const persist = setting('PersistVariantData', '1');
    const g = { ...group('MULTIVARIANT', persist), before: [{ kind: 'comment' as const, text: 'keep me' }] };
    const doc = withVariantItems(g);
    const fixed = fixOnce(doc, 'image-time-only-in-variant');
    expect(codes(fixed)).not.toContain('image-time-only-in-variant');
    expect(fixed.static!.items).toHaveLength(doc.static!.items.length);
    const mv = fixed.static!.items[0] as SettingsGroup;
    expect(mv.path).toBe('Multivariant');
    expect(mv.entries.map((e) => e.name)).toEqual(['Enable', 'PersistVariantData']);
    expect(mv.entries[1]).toEqual({ ...persist, before: [{ kind: 'comment', text: 'keep me' }] });
    expect(fixed.static!.items[1]).toBe(doc.static!.items[1]);
  });

  it('moves an ImageTimeOnly setting alone to a new Static group, leaving the rest of its group', () => {
    const hide = setting('AutoHide', '1');
    const color = setting('Color', '0xFF000000');
    const g = group('Shell/NavigationBar', hide, color);
    const doc = withVariantItems(g);
    const fixed = fixOnce(doc, 'image-time-only-setting-in-variant');
    expect(codes(fixed)).not.toContain('image-time-only-setting-in-variant');
    expect(fixed.variants[1].items).toEqual([{ ...g, entries: [color] }]);
    expect(fixed.static!.items.at(-1)).toMatchObject({ kind: 'settings', path: 'Shell/NavigationBar', entries: [hide] });
    // Done again into Static that has the group: the setting joins it.
    const swipe = setting('SwipeUpToHide', '1');
    const again = fixOnce({ ...fixed, variants: [fixed.variants[0], { ...fixed.variants[1], items: [{ ...g, entries: [swipe, color] }] }] }, 'image-time-only-setting-in-variant');
    expect(again.static!.items.at(-1)).toMatchObject({ path: 'Shell/NavigationBar', entries: [hide, swipe] });
  });

  it('adds the missing members of an Atomic group, with the catalog default or empty', () => {
    const sender = setting('SyncSender', 'VVMSYNC');
    const doc = withStatic(group('Messaging/GlobalSettings/VoicemailIntercept', sender));
    const fixed = fixOnce(doc, 'atomic-incomplete');
    expect(codes(fixed)).not.toContain('atomic-incomplete');
    const g = fixed.static!.items.at(-1) as SettingsGroup;
    expect(g.entries[0]).toBe(sender);
    expect(g.entries.slice(1)).toMatchObject([{ kind: 'setting', name: 'SyncPrefix', value: '' }]);
  });

  it('renames a misspelt path or setting name to the catalog one', () => {
    const doc = withStatic(group('Messaging/GlobalSetings', setting('DisplayCmasLifo', '1')));
    const fixed = fixOnce(doc, 'path-unknown');
    expect(codes(fixed)).not.toContain('path-unknown');
    expect(fixed.static!.items.at(-1)).toMatchObject({ path: 'Messaging/GlobalSettings', entries: [{ name: 'DisplayCmasLifo', value: '1' }] });

    const n = withVariantItems(group(PS, setting('AllowSMStoSMTPAdress', '1')));
    const renamed = fixOnce(n, 'setting-name-unknown');
    expect(codes(renamed)).not.toContain('setting-name-unknown');
    expect(renamed.variants[1].items[0]).toMatchObject({ path: PS, entries: [{ name: 'AllowSMStoSMTPAddress', value: '1' }] });
  });
});

describe('quickFixLabel', () => {
  it('says what each fix does, naming the setting or the suggestion', () => {
    const ref = { part: { kind: 'static' as const }, path: [] };
    expect(quickFixLabel({ kind: 'move-to-static', ref, what: '' })).toBe('Move the group to Static');
    expect(quickFixLabel({ kind: 'move-to-static', ref, what: '', into: 'Multivariant' })).toBe('Merge the group into Static\'s "Multivariant" group');
    expect(quickFixLabel({ kind: 'move-to-static', ref, what: 'AutoHide' })).toBe('Move AutoHide to a new group in Static');
    expect(quickFixLabel({ kind: 'add-atomic-members', ref, names: 'SyncPrefix' })).toBe('Add SyncPrefix');
    expect(quickFixLabel({ kind: 'rename', ref, to: 'Enable' })).toBe('Rename to Enable');
  });
});
