// Settings groups as the imaging tool verifies them. Each row's verdict was recorded from the oracle (the tool's
// VerifySettingsGroup/VerifyAsset run on the same file): 'rejected' means it reports an error, 'accepted' that it
// lets the file through (CAF Studio may still warn).

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../../src/model/types.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { asset, group, setting, withStatic, withVariantItems } from './fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';
const ETWS = (value: string, ...assets: ReturnType<typeof asset>[]) => withVariantItems(group(PS, setting('EtwsSoundFileName', value), ...assets));
const RING = (...entries: Parameters<typeof group>[1][]) => withStatic(group('EventSounds', ...entries));
const WALL = (source: string, targetFileName?: string) =>
  withStatic(group('LockScreen', setting('DefaultWallpaper', 'a.jpg'), asset('Wallpapers', source, targetFileName !== undefined ? { targetFileName } : {})));

type Row = [label: string, doc: () => AnswerFile, verdict: 'accepted' | 'rejected', code?: string];
const ROWS: Row[] = [
  ['asset value matches the Source file name, ignoring case', () => ETWS('ALERT.WAV', asset('EtwsSound', 'C:\\S\\alert.wav')), 'accepted'],
  ['asset value names no asset file', () => ETWS('other.wav', asset('EtwsSound', 'C:\\S\\alert.wav')), 'rejected', 'asset-ref-missing'],
  ['asset value without any asset', () => ETWS('alert.wav'), 'rejected', 'asset-ref-missing'],
  ['asset value matched by an asset of another name', () => ETWS('alert.wav', asset('Foo', 'C:\\S\\alert.wav')), 'accepted'],
  ['asset value must be the TargetFileName when one is given', () => ETWS('alert.wav', asset('EtwsSound', 'C:\\S\\alert.wav', { targetFileName: 'x.wav' })), 'rejected', 'asset-ref-missing'],
  ['a blank TargetFileName does not count', () => ETWS('alert.wav', asset('EtwsSound', 'C:\\S\\alert.wav', { targetFileName: '  ' })), 'accepted'],
  ['an empty asset value', () => RING(setting('DefaultRingtone', '')), 'rejected', 'asset-ref-missing'],
  ['ETWS sound of a type it does not take', () => ETWS('alert.mp3', asset('EtwsSound', 'C:\\S\\alert.mp3')), 'rejected', 'asset-file-type'],
  ['file type read from the TargetFileName', () => ETWS('x.mp3', asset('EtwsSound', 'C:\\S\\alert.wav', { targetFileName: 'x.mp3' })), 'rejected', 'asset-file-type'],
  ['ETWS sound as an operator asset', () => ETWS('a.wav', asset('EtwsSound', 'C:\\S\\a.wav', { type: 'MobileOperator' })), 'rejected', 'asset-operator-unsupported'],
  ['ringtone as an operator asset', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma', { type: 'MobileOperator' })), 'accepted'],
  ['catalog asset file ending in ~', () => WALL('C:\\W\\a.jpg~'), 'rejected', 'asset-file-type'],
  ['catalog asset file ending in .', () => WALL('C:\\W\\a.JPG', 'b.'), 'rejected', 'asset-file-type'],
  ['catalog asset file ending in a dotless i', () => WALL('C:\\W\\a\u0131'), 'rejected', 'asset-file-type'],
  ['catalog asset file ending in a digit', () => WALL('C:\\W\\a1'), 'accepted'],
  ['two ringtones to one device file from two sources', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('Ringtones', 'C:\\Q\\a.wma')), 'rejected', 'asset-target-conflict'],
  ['device file names differing in case do not conflict', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('Ringtones', 'C:\\Q\\A.wma')), 'accepted'],
  ['one source twice (ignoring case) does not conflict', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('ringtones', 'c:\\r\\A.WMA', { targetFileName: 'a.wma' })), 'accepted'],
  ['assets of two policy assets do not conflict', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('AlarmSounds', 'C:\\Q\\a.wma')), 'accepted'],
  ['duplicate DisplayName of one asset name', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma', { displayName: 'Tune' }), asset('ringtones', 'C:\\R\\b.wma', { displayName: 'tune' })), 'accepted', 'asset-display-name-duplicate'],
  ['an unknown asset name', () => RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('', 'C:\\Q\\a.wma')), 'accepted', 'setting-name-unknown'],
  ['a Setting named like an asset is unknown', () => RING(setting('Ringtones', 'a.wma')), 'accepted', 'setting-name-unknown'],
  ['Name="" on a setting', () => withStatic(group('CellCore/PerDevice/SMS', setting('', '1'))), 'accepted', 'setting-name-unknown'],
  ['absent Value', () => withStatic(group('AutoBrightness', setting('DimBrightness'))), 'rejected', 'setting-value-missing'],
  ['Value="" on an untyped setting', () => withStatic(group('AutoBrightness', setting('DimBrightness', ''))), 'accepted'],
  ['Value="" on an integer', () => withStatic(group('CellCore/PerDevice/SMS', setting('MessageExpirySeconds', ''))), 'rejected', 'setting-value-invalid'],
  ['Type="integer" on an untyped setting', () => withStatic(group('AutoBrightness', setting('DimBrightness', 'x', { type: 'integer' }))), 'accepted', 'setting-value-advice'],
  ['Type="string" does not loosen a typed setting', () => withStatic(group('CellCore/PerDevice/SMS', setting('SmsPageLimit', 'x', { type: 'string' }))), 'rejected', 'setting-value-invalid'],
  ['ImageTimeOnly setting of a mixed group in a Variant', () => withVariantItems(group('Shell/NavigationBar', setting('AutoHide', '1'))), 'accepted', 'image-time-only-setting-in-variant'],
  ['ImageTimeOnly group in a Variant', () => withVariantItems(group('Multivariant', setting('PersistVariantData', '1'))), 'rejected', 'image-time-only-in-variant'],
  ['Atomic group missing a member', () => withStatic(group('Messaging/GlobalSettings/VoicemailIntercept', setting('SyncPrefix', 'ABCD'))), 'rejected', 'atomic-incomplete'],
];

describe('settings groups: the oracle\'s verdicts', () => {
  it.each(ROWS)('%s -> %s', (...[, doc, verdict, code]: Row) => {
    const diags = validate(doc(), { strict: false });
    expect(diags.some((d) => d.severity === 'error') ? 'rejected' : 'accepted').toBe(verdict);
    if (code) expect(diags.map((d) => d.code)).toContain(code);
  });
});

describe('strict mode (/StrictSettingPolicies)', () => {
  it('makes Name="" and unknown setting names errors, never unknown asset names', () => {
    const sev = (doc: AnswerFile, code: string) => validate(doc, { strict: true }).find((d) => d.code === code)?.severity;
    expect(sev(withStatic(group('CellCore/PerDevice/SMS', setting('', '1'))), 'setting-name-unknown')).toBe('error');
    expect(sev(RING(setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'), asset('Tunes', 'C:\\Q\\b.wma')), 'setting-name-unknown')).toBe('warning');
  });
});

describe('messages', () => {
  it('says which file names the group\'s assets provide', () => {
    const d = validate(ETWS('other.wav', asset('EtwsSound', 'C:\\S\\alert.wav'), asset('EtwsSound', 'C:\\S\\b.wav', { targetFileName: 'siren.wav' })), { strict: false });
    expect(d.find((x) => x.code === 'asset-ref-missing')?.message).toMatch(/"other\.wav" is none: the group's assets provide "alert\.wav", "siren\.wav"/);
  });
});
