// One case per rule: a document that triggers the code and a close one that does not.

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../../src/model/types.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { DIAGNOSTIC_CODES } from '../../../src/model/validate/codes.ts';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';
import {
  app, apps, asset, cleanDoc, cond, dataAssets, group, multivariantOn, setting, simTarget, state, target, variant,
  withStatic, withTarget, withVariantItems,
} from './fixtures.ts';

import type { Case } from './rule-case.ts';
import { AREA_CASES } from './rule-cases/all.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

const BASE_CASES: readonly Case[] = [
  { code: 'owner-empty', bad: () => cleanDoc({ owner: '' }), good: () => cleanDoc({ owner: 'Fabrikam' }) },
  { code: 'owner-type-invalid', bad: () => cleanDoc({ ownerType: 'Microsoft' }), good: () => cleanDoc({ ownerType: 'MobileOperator' }) },
  {
    code: 'multivariant-missing',
    bad: () => cleanDoc({ static: { items: [group('AutoDataConfig', setting('Enable', '0'))] } }),
    good: () => cleanDoc({ static: { items: [group('Multivariant', setting('Enable', 'True'))] } }),
  },

  { code: 'path-empty', bad: () => cleanDoc({ imports: { imports: [{ key: 'i1' as never, source: '' }] } }), good: () => cleanDoc({ imports: { imports: [{ key: 'i1' as never, source: 'C:\\caf\\base.xml' }] } }) },
  { code: 'path-percent', bad: () => withStatic(dataAssets('MapData', '%DATA%\\maps')), good: () => withStatic(dataAssets('MapData', '$(DATA)\\maps')) },
  { code: 'path-not-absolute', bad: () => withStatic(dataAssets('MapData', 'maps\\eu')), good: () => withStatic(dataAssets('MapData', 'D:\\maps\\eu')) },
  {
    code: 'path-filename-vars',
    bad: () => withStatic(apps(app({ source: 'C:\\Apps\\$(APP).appx' }))),
    good: () => cleanDoc({ imports: { imports: [{ key: 'i1' as never, source: '$(CurrentFileDir)\\$(NAME).xml' }] } }),
  },
  { code: 'target-id-duplicate', bad: () => withTarget(simTarget('T1', '311')), good: () => withTarget(simTarget('t1', '311')) },
  { code: 'target-no-states', bad: () => withTarget(target('T2')), good: () => withTarget(simTarget('T2')) },
  { code: 'target-state-empty', bad: () => withTarget(target('T2', state())), good: () => withTarget(target('T2', state(cond('SPN', 'Contoso')))) },
  { code: 'condition-name-reserved', bad: () => withTarget(target('T2', state(cond('Type', 'x')))), good: () => withTarget(target('T2', state(cond('UIName', 'x')))) },
  { code: 'condition-name-not-in-tool', bad: () => withTarget(target('T2', state(cond('Roaming', '1')))), good: () => withTarget(target('T2', state(cond('GID1', 'A1')))) },
  { code: 'condition-name-unknown', bad: () => withTarget(target('T2', state(cond('Colour', 'red')))), good: () => withTarget(target('T2', state(cond('UIOrder', '1')))) },
  { code: 'condition-wildcard-invalid', bad: () => withTarget(target('T2', state(cond('MNC', '', 'yes')))), good: () => withTarget(target('T2', state(cond('MNC', '', '1')))) },
  { code: 'variant-no-targetref', bad: () => cleanDoc({ variants: [variant('V', undefined)] }), good: () => cleanDoc({ variants: [variant('V', ['T1'])] }) },
  { code: 'variant-many-targetrefs', bad: () => cleanDoc({ variants: [variant('V', ['T1', 'T1'])] }), good: () => cleanDoc({ variants: [variant('V', ['T1'])] }) },
  { code: 'group-path-empty', bad: () => withVariantItems(group('', setting('A', '1'))), good: () => withVariantItems(group(PS, setting('RcsEnabled', '1'))) },
  { code: 'path-unknown', bad: () => withStatic(group('Contoso/Private', setting('X', '1'))), good: () => withStatic(group('LockScreen', setting('DefaultWallpaper', 'a.jpg'))) },
  { code: 'setting-name-unknown', bad: () => withVariantItems(group(PS, setting('AllowSmsToSmtp', '1'))), good: () => withVariantItems(group(PS, setting('allowsmstosmtpaddress', '1'))) },
  {
    code: 'setting-name-duplicate',
    bad: () => withVariantItems(group(PS, setting('LimitRecipients', '10'), setting('limitrecipients', '20'))),
    good: () => withVariantItems(group(PS, setting('LimitRecipients', '10'), setting('MMSLimitAttachments', '5'))),
  },
  { code: 'setting-type-invalid', bad: () => withStatic(group('Contoso/X', setting('A', '1', { type: 'dword' }))), good: () => withStatic(group('Contoso/X', setting('A', '1', { type: 'integer' }))) },
  { code: 'per-sim-in-static', bad: () => withStatic(group(PS, setting('RcsEnabled', '1'))), good: () => withStatic(group('CellCore/PerDevice/SMS', setting('SmsPageLimit', '10'))) },
  {
    code: 'atomic-incomplete',
    bad: () => withStatic(group('Messaging/GlobalSettings/VoicemailIntercept', setting('SyncSender', 'VVMSYNC'))),
    good: () => withStatic(group('Messaging/GlobalSettings/VoicemailIntercept', setting('SyncSender', 'VVMSYNC'), setting('SyncPrefix', '//VVM'))),
  },
  { code: 'asset-type-invalid', bad: () => withStatic(group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma', { type: '' }))), good: () => withStatic(group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma', { type: 'MobileOperator' }))) },
  {
    code: 'asset-target-file-name-invalid',
    bad: () => withStatic(group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma', { targetFileName: 'a?.wma' }))),
    good: () => withStatic(group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma', { targetFileName: 'Contoso Tune.wma' }))),
  },
  { code: 'applications-empty', bad: () => withStatic(apps()), good: () => withStatic(apps(app())) },
  { code: 'application-source-missing', bad: () => withStatic(apps(app({ source: undefined }))), good: () => withVariantItems(apps(app({ source: undefined }))) },

  { code: 'data-assets-empty', bad: () => withStatic(dataAssets('MapData')), good: () => withStatic(dataAssets('MapData', 'C:\\Maps')) },
  { code: 'data-assets-type-invalid', bad: () => withStatic(dataAssets('Maps', 'C:\\Maps')), good: () => withStatic(dataAssets('RetailDemo_OEM', 'C:\\Demo')) },
];

const cases: readonly Case[] = [...BASE_CASES, ...AREA_CASES];

const codes = (doc: AnswerFile, strict = false) => validate(doc, { strict }).map((d) => d.code);

describe('validate: one case per rule', () => {
  it('the clean fixture has no diagnostics', () => {
    expect(validate(cleanDoc(), { strict: true })).toEqual([]);
  });

  it.each(cases)('$code: triggered by the bad case, not by the good one', ({ code, bad, good }) => {
    expect(codes(bad())).toContain(code);
    expect(codes(good())).not.toContain(code);
  });

  it('covers every code of the table', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !covered.has(c as DiagnosticCode))).toEqual([]);
  });

  it('uses the severity of the table, except unknown names in strict mode', () => {
    for (const c of cases) {
      const d = validate(c.bad(), { strict: false }).find((x) => x.code === c.code);
      expect(d?.severity, c.code).toBe(DIAGNOSTIC_CODES[c.code].severity);
    }
    const strict = validate(withStatic(group('Contoso/Private', setting('X', '1'))), { strict: true });
    expect(strict.find((d) => d.code === 'path-unknown')?.severity).toBe('error');
  });

  it('keeps a Multivariant document without variants quiet', () => {
    expect(codes(cleanDoc({ static: { items: multivariantOn() }, variants: [], targets: undefined }))).toEqual([]);
  });
});
