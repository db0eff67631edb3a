import { describe, expect, it } from 'vitest';
import { findSetting } from '../../../src/model/catalog/lookup.ts';
import {
  checkSettingValue,
  parseSettingInteger,
  parseSettingInteger64,
  parseSettingUnsigned,
  typedValueProblem,
} from '../../../src/model/setting-value.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';
const SMS = 'CellCore/PerDevice/SMS';
const get = (path: string, name: string) => {
  const s = findSetting(path, name);
  if (!s) throw new Error(`${path} ${name} not in catalog`);
  return s;
};

describe('parseSettingInteger (the tool\'s signed Int32 read)', () => {
  it.each([
    ['10', 10],
    ['-3', -3],
    ['+20', 20],
    [' 20 ', 20],
    ['\t10\r\n', 10],
    ['010', 10],
    ['-0', 0],
    ['0x15180', 86400],
    ['0XfF', 255],
    ['0x 0A', 10],
    ['0x0A ', 10],
    ['0x00000000A', 10],
    ['0xFFFFFFFF', -1],
    ['0x80000000', -2147483648],
    ['2147483647', 2147483647],
    ['-2147483648', -2147483648],
    ['2147483648', undefined],
    ['-2147483649', undefined],
    ['0x1FFFFFFFF', undefined],
    [' 0x0A', undefined],
    ['0x', undefined],
    ['0x-1', undefined],
    ['- 10', undefined],
    ['+-10', undefined],
    ['\u00a010', undefined],
    ['\u221210', undefined],
    ['１０', undefined],
    ['1e1', undefined],
    ['10.0', undefined],
    ['15180h', undefined],
    ['D6D8', undefined],
    ['', undefined],
  ])('%j -> %s', (text, want) => {
    expect(parseSettingInteger(text)).toBe(want);
  });

  it('refuses 0x when hex is off', () => {
    expect(parseSettingInteger('0x1', false)).toBeUndefined();
  });
});

describe('parseSettingUnsigned (the tool\'s UInt32 read, for enumerations)', () => {
  it.each([
    ['1', 1],
    [' 1', 1],
    ['+1', 1],
    ['-0', 0],
    ['0x 1', 1],
    ['0xFFFFFFFF', 4294967295],
    ['4294967295', 4294967295],
    ['4294967296', undefined],
    ['0x100000000', undefined],
    ['-1', undefined],
  ])('%j -> %s', (text, want) => {
    expect(parseSettingUnsigned(text)).toBe(want);
  });
});

describe('parseSettingInteger64', () => {
  it('reads 64 bits', () => {
    expect(parseSettingInteger64('2147483648')).toBe(2147483648n);
    expect(parseSettingInteger64('0xFFFFFFFFFFFFFFFF')).toBe(-1n);
    expect(parseSettingInteger64('9223372036854775808')).toBeUndefined();
  });
});

// Verdicts recorded from the oracle (/work/shared/oracle/check, the imaging tool's VerifySettingValue): 'ok' and
// 'advice' are ACCEPTED, 'error' is InvalidSettingValue. 'advice' marks values the tool accepts but the
// documentation advises against (CAF Studio warns).
type Verdict = 'ok' | 'advice' | 'error';
const CASES: readonly (readonly [string, string, string, Verdict])[] = [
  // integers: Int32 with sign and white space, 0x hex read as 32 bits, then Min/Max
  [SMS, 'MessageExpirySeconds', '10', 'ok'],
  [SMS, 'MessageExpirySeconds', '+10', 'ok'],
  [SMS, 'MessageExpirySeconds', ' 10 ', 'ok'],
  [SMS, 'MessageExpirySeconds', '\t10', 'ok'],
  [SMS, 'MessageExpirySeconds', '010', 'ok'],
  [SMS, 'MessageExpirySeconds', '-0', 'ok'],
  [SMS, 'MessageExpirySeconds', '0x 0A', 'ok'],
  [SMS, 'MessageExpirySeconds', '0X0a', 'ok'],
  [SMS, 'MessageExpirySeconds', '2147483647', 'ok'],
  [SMS, 'MessageExpirySeconds', '2147483648', 'error'],
  [SMS, 'MessageExpirySeconds', '0xFFFFFFFF', 'error'], // -1, below Min 0
  [SMS, 'MessageExpirySeconds', ' 0x0A', 'error'],
  [SMS, 'MessageExpirySeconds', '- 10', 'error'],
  [SMS, 'MessageExpirySeconds', '\u00a010', 'error'],
  [SMS, 'MessageExpirySeconds', '1e1', 'error'],
  [SMS, 'MessageExpirySeconds', '', 'error'],
  [SMS, 'MessageExpirySeconds', 'A8C0', 'error'],
  [SMS, 'Encodings/GSM8BitEncodingPage', '0xFFFFFFFF', 'ok'],
  [SMS, 'Encodings/GSM8BitEncodingPage', '-2147483648', 'ok'],
  [SMS, 'Encodings/GSM8BitEncodingPage', '-2147483649', 'error'],
  [PS, 'LimitRecipients', '500', 'ok'],
  [PS, 'LimitRecipients', '0x1F4', 'ok'],
  [PS, 'LimitRecipients', '501', 'error'],
  [PS, 'LimitRecipients', '0', 'error'],
  ['Multivariant', 'UnconditionalCleanupDelay', '10081', 'error'],
  // booleans: 0/1 through the unsigned read, or the case-sensitive friendly names
  [PS, 'AllowSMStoSMTPAddress', '1', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', 'True', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', 'False', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', '0x1', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', ' 1', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', '+1', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', '-0', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', '0x 1', 'ok'],
  [PS, 'AllowSMStoSMTPAddress', 'true', 'error'],
  [PS, 'AllowSMStoSMTPAddress', 'TRUE', 'error'],
  [PS, 'AllowSMStoSMTPAddress', 'True ', 'error'],
  [PS, 'AllowSMStoSMTPAddress', 'Yes', 'error'],
  [PS, 'AllowSMStoSMTPAddress', '2', 'error'],
  [PS, 'AllowSMStoSMTPAddress', '-1', 'error'],
  [PS, 'AllowSMStoSMTPAddress', '', 'error'],
  [PS, 'AllowSMStoSMTPAddress', '4294967297', 'error'],
  ['CellCore/PerDevice/CellUX', 'HideMMSAPN', 'Yes', 'ok'],
  ['CellCore/PerDevice/CellUX', 'HideMMSAPN', 'No', 'ok'],
  ['CellCore/PerDevice/CellUX', 'HideMMSAPN', 'yes', 'error'],
  ['CellCore/PerDevice/CellUX', 'HideMMSAPN', 'True', 'error'],
  // the docs write only 0/1 here: the oracle's policy names them False/True, an image's may not
  ['Multivariant', 'PersistVariantData', 'True', 'advice'],
  ['Multivariant', 'Enable', '2', 'error'],
  // enumerations: the value, numeric equality (unsigned), or a case-sensitive friendly name (a docs label: advice)
  [PS, 'TargetVideoFormat', '3', 'ok'],
  [PS, 'TargetVideoFormat', '0x3', 'ok'],
  [PS, 'TargetVideoFormat', ' 3', 'ok'],
  [PS, 'TargetVideoFormat', '+3', 'ok'],
  [PS, 'TargetVideoFormat', '4', 'error'],
  [PS, 'TargetVideoFormat', '4294967296', 'error'],
  [PS, 'TargetVideoFormat', 'H.264 + AAC + MP4', 'advice'],
  [PS, 'TargetVideoFormat', 'h.264 + aac + mp4', 'error'],
  [PS, 'TargetVideoFormat', 'H.264 + AAC + MP4 ', 'error'],
  [PS, 'UAProfToken', 'profile', 'ok'],
  [PS, 'UAProfToken', 'x-wap-profile', 'ok'],
  [PS, 'UAProfToken', 'Profile', 'error'],
  [PS, 'UAProfToken', 'profile ', 'error'],
  [PS, 'UAProfToken', 'profile\u200b', 'error'],
  [PS, 'UAProfToken', '', 'error'],
  ['CellCore/PerDevice/CellUX', 'MMSAPNIPTypeIfHidden', '2', 'ok'],
  ['CellCore/PerDevice/CellUX', 'MMSAPNIPTypeIfHidden', 'IPV4V6', 'advice'],
  ['CellCore/PerDevice/CellUX', 'MMSAPNIPTypeIfHidden', 'ipv4v6', 'error'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55000', 'ok'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '0xD6D8', 'ok'],
  [SMS, 'Encodings/GSM7BitEncodingPage', ' 55000', 'ok'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55075', 'ok'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55000 Default alphabet', 'advice'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55000 default alphabet', 'error'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '0xD6F3', 'error'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55010', 'error'],
  [SMS, 'Encodings/GSM7BitEncodingPage', '55100', 'error'],
  // strings: only MinLength/MaxLength (UTF-16 units) are the tool's; fixed values and formats are advice
  ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', 'ABCD', 'ok'],
  ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', 'AB\u{1F600}', 'ok'],
  ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', 'ABC', 'error'],
  ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', '', 'error'],
  [PS, 'ProxyAuthorizationToken', 'Proxy-Authorization:Basic', 'ok'],
  [PS, 'ProxyAuthorizationToken', 'x', 'advice'],
  [PS, 'ProxyAuthorizationToken', '', 'advice'],
  ['Multivariant', 'IccidToRegionOverride/8988', 'FI', 'ok'],
  ['Multivariant', 'IccidToRegionOverride/8988', 'Finland', 'advice'],
  ['StartLayoutModificationFilePath', 'LayoutModificationFilePath', 'C:\\L\\Start.xml', 'ok'],
  ['StartLayoutModificationFilePath', 'LayoutModificationFilePath', 'rel.xml', 'advice'],
  // REG_MULTI_SZ is a string to the tool: the docs' item rules are advice
  [PS, 'SmsInterceptPorts', '4100;04102;04456', 'ok'],
  [PS, 'SmsInterceptPorts', '4100;2948', 'advice'],
  [PS, 'SmsInterceptPrefixes', 'ABC;DEFG', 'ok'],
  [PS, 'SmsInterceptPrefixes', 'AB;C', 'advice'],
  [PS, 'BroadcastChannels', '1234;5678;9012', 'ok'],
  // untyped entries: a string to the tool, any value
  ['AutoBrightness', 'DimBrightness', 'whatever', 'ok'],
  ['AutoBrightness', 'DimBrightness', '', 'ok'],
];

describe('checkSettingValue: the oracle\'s verdicts', () => {
  it.each(CASES)('%s %s = %j -> %s', (path, name, value, verdict) => {
    const r = checkSettingValue(get(path, name), value);
    const got: Verdict = !r.ok ? 'error' : r.advice !== undefined ? 'advice' : 'ok';
    expect(got).toBe(verdict);
  });

  it('says what is wrong and what to do, naming the setting', () => {
    expect(checkSettingValue(get(SMS, 'MessageExpirySeconds'), 'A8C0')).toEqual({
      ok: false,
      message: 'MessageExpirySeconds must be a whole number of at least 0 (seconds), in decimal or hex with 0x (e.g. 0x1A), not "A8C0". Hex needs the 0x prefix (0xA8C0).',
    });
    expect(checkSettingValue(get(SMS, 'MessageExpirySeconds'), '0xFFFFFFFF')).toEqual({
      ok: false,
      message: 'MessageExpirySeconds is -1 (0xFFFFFFFF reads as -1), outside the allowed range: use a whole number of at least 0 (seconds), in decimal or hex with 0x (e.g. 0x1A).',
    });
    expect(checkSettingValue(get(SMS, 'MessageExpirySeconds'), '2147483648')).toMatchObject({ message: expect.stringContaining('fit in 32 bits') });
    expect(checkSettingValue(get(PS, 'AllowSMStoSMTPAddress'), 'true')).toEqual({
      ok: false,
      message: 'AllowSMStoSMTPAddress is a yes/no setting: use 0, 1, False or True (friendly names are case-sensitive), not "true".',
    });
    expect(checkSettingValue(get(PS, 'TargetVideoFormat'), 'H.264 + AAC + MP4')).toEqual({
      ok: true,
      advice: 'TargetVideoFormat: "H.264 + AAC + MP4" is a documentation label, which an image\'s policy may not define as a name; write the value 0.',
    });
  });
});

describe('typedValueProblem (Setting@Type, used by the tool for settings its policy leaves untyped)', () => {
  it.each([
    ['integer', '12', true],
    ['integer', '2147483648', false],
    ['integer64', '2147483648', true],
    ['integer64', 'x', false],
    ['boolean', '1', true],
    ['boolean', '0x0', true],
    ['boolean', 'True', false],
    ['binary', 'E8,03', true],
    ['binary', 'e8, 3', true],
    ['binary', '0xE8', false],
    ['binary', '100', false],
    ['binary', '', false],
    ['string', 'anything', true],
  ])('%s %j -> %s', (type, value, ok) => {
    expect(typedValueProblem(type, value) === null).toBe(ok);
  });
});
