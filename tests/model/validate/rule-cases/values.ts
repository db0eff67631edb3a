// Rule cases of one area (see rules.test.ts): values (Setting values, names, constraints and assets as the
// imaging tool's VerifySettingsGroup/VerifyAsset judge them). Each bad case was checked with the tool's logic:
// the errors are ones it refuses, the warnings ones it accepts.

import type { Case } from '../rule-case.ts';
import { asset, group, setting, withStatic, withVariantItems } from '../fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

export const CASES: readonly Case[] = [
  // An absent Name is an XSD error; Name="" is only an unknown name (setting-name-unknown).
  { code: 'setting-name-empty', bad: () => withVariantItems(group(PS, setting(undefined, '1'))), good: () => withVariantItems(group(PS, setting('RcsEnabled', '1'))) },
  { code: 'setting-name-unknown', bad: () => withStatic(group('CellCore/PerDevice/SMS', setting('', '1'))), good: () => withStatic(group('CellCore/PerDevice/SMS', setting('SmsPageLimit', '1'))) },
  // Only an absent Value is NullSettingValue; Value="" is a value (valid for an untyped or string setting).
  { code: 'setting-value-missing', bad: () => withVariantItems(group(PS, setting('LimitRecipients'))), good: () => withVariantItems(group(PS, setting('ProxyAuthorizationToken', 'Proxy-Authorization:Basic'))) },
  { code: 'setting-value-invalid', bad: () => withVariantItems(group(PS, setting('AllowSMStoSMTPAddress', 'true'))), good: () => withVariantItems(group(PS, setting('AllowSMStoSMTPAddress', ' +1 '))) },
  { code: 'setting-value-advice', bad: () => withVariantItems(group(PS, setting('TargetVideoFormat', 'H.264 + AAC + MP4'))), good: () => withVariantItems(group(PS, setting('TargetVideoFormat', '0'))) },
  {
    // The Value must be the file name of an asset of the group, not just any value beside an asset of that name.
    code: 'asset-ref-missing',
    bad: () => withVariantItems(group(PS, setting('EtwsSoundFileName', 'other.wav'), asset('EtwsSound', 'C:\\Sounds\\alert.wav'))),
    good: () => withVariantItems(group(PS, setting('EtwsSoundFileName', 'ALERT.WAV'), asset('EtwsSound', 'C:\\Sounds\\alert.wav'))),
  },
  {
    code: 'asset-file-type',
    bad: () => withStatic(group('EventSounds', setting('DefaultRingtone', 'a.ogg'), asset('Ringtones', 'C:\\R\\a.ogg'))),
    good: () => withStatic(group('EventSounds', setting('DefaultRingtone', 'a.WMA'), asset('Ringtones', 'C:\\R\\a.WMA'))),
  },
  {
    code: 'asset-operator-unsupported',
    bad: () => withVariantItems(group(PS, setting('EtwsSoundFileName', 'a.wav'), asset('EtwsSound', 'C:\\S\\a.wav', { type: 'MobileOperator' }))),
    good: () => withStatic(group('EventSounds', setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma', { type: 'MobileOperator' }))),
  },
  {
    code: 'asset-display-name-duplicate',
    bad: () => withStatic(group('EventSounds', setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma', { displayName: 'Tune' }), asset('ringtones', 'C:\\R\\b.wma', { displayName: 'tune' }))),
    good: () => withStatic(group('EventSounds', setting('DefaultRingtone', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma', { displayName: 'Tune' }), asset('AlarmSounds', 'C:\\R\\b.wma', { displayName: 'Tune' }))),
  },
  {
    // Multivariant is ImageTimeOnly as a whole: the tool refuses it in a Variant.
    code: 'image-time-only-in-variant',
    bad: () => withVariantItems(group('Multivariant', setting('PersistVariantData', '1'))),
    good: () => withVariantItems(group('Shell/NavigationBar', setting('AutoHide', '1'))),
  },
  {
    // Shell/NavigationBar mixes ImageTimeOnly entries with others: the tool does not flag the group.
    code: 'image-time-only-setting-in-variant',
    bad: () => withVariantItems(group('Shell/NavigationBar', setting('AutoHide', '1'))),
    good: () => withStatic(group('Shell/NavigationBar', setting('AutoHide', '1'))),
  },
];
