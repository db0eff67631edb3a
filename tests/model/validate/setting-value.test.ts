import { describe, expect, it } from 'vitest';
import { findSetting } from '../../../src/model/catalog/lookup.ts';
import { checkSettingValue, parseSettingInteger } from '../../../src/model/setting-value.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';
const get = (path: string, name: string) => {
  const s = findSetting(path, name);
  if (!s) throw new Error(`${path} ${name} not in catalog`);
  return s;
};

describe('parseSettingInteger', () => {
  it.each([
    ['10', 10],
    ['-3', -3],
    ['0x15180', 86400],
    ['0XfF', 255],
    ['15180h', undefined],
    ['D6D8', undefined],
    ['0x', undefined],
    [' 1', undefined],
  ])('%s -> %s', (text, want) => {
    expect(parseSettingInteger(text)).toBe(want);
  });
});

describe('checkSettingValue', () => {
  it.each([
    // integers: decimal or 0x hex, range
    [PS, 'LimitRecipients', '500', true],
    [PS, 'LimitRecipients', '0x1F4', true],
    [PS, 'LimitRecipients', '501', false],
    [PS, 'LimitRecipients', '0', false],
    ['CellCore/PerDevice/SMS', 'MessageExpirySeconds', '15180', true],
    ['CellCore/PerDevice/SMS', 'MessageExpirySeconds', 'A8C0', false],
    ['Multivariant', 'UnconditionalCleanupDelay', '10081', false],
    // booleans: 0/1 (any numeric spelling) or a documented friendly name, case-insensitive
    [PS, 'AllowSMStoSMTPAddress', 'True', true],
    [PS, 'AllowSMStoSMTPAddress', 'false', true],
    [PS, 'AllowSMStoSMTPAddress', '0x0', true],
    [PS, 'AllowSMStoSMTPAddress', 'Yes', false],
    ['CellCore/PerDevice/CellUX', 'HideMMSAPN', 'Yes', true],
    ['Multivariant', 'Enable', '2', false],
    // enums: value, friendly name, numeric equality, range
    [PS, 'TargetVideoFormat', '0x3', true],
    [PS, 'TargetVideoFormat', '4', false],
    [PS, 'UAProfToken', 'profile', true],
    [PS, 'UAProfToken', 'x-profile', false],
    ['CellCore/PerDevice/CellUX', 'MMSAPNIPTypeIfHidden', 'ipv4v6', true],
    ['CellCore/PerDevice/SMS', 'Encodings/GSM7BitEncodingPage', '55000', true],
    ['CellCore/PerDevice/SMS', 'Encodings/GSM7BitEncodingPage', '0xD6DC', true],
    ['CellCore/PerDevice/SMS', 'Encodings/GSM7BitEncodingPage', '55075', true],
    ['CellCore/PerDevice/SMS', 'Encodings/GSM7BitEncodingPage', '55010', false],
    // multistrings: ; separated, item rules
    [PS, 'SmsInterceptPorts', '4100;04102;04456', true],
    [PS, 'SmsInterceptPorts', '4100;2948', false],
    [PS, 'SmsInterceptPrefixes', 'ABC;DEFG', true],
    [PS, 'SmsInterceptPrefixes', 'ABC;DE', false],
    [PS, 'BroadcastChannels', '1234;5678;9012', true],
    // strings: fixed values, lengths, formats
    [PS, 'ProxyAuthorizationToken', 'Proxy-Authorization:Basic', true],
    [PS, 'ProxyAuthorizationToken', 'proxy-authorization:basic', false],
    ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', 'ABCD', true],
    ['Messaging/GlobalSettings/VoicemailIntercept', 'SyncSender', 'ABC', false],
    ['Multivariant', 'IccidToRegionOverride/8988', 'FI', true],
    ['Multivariant', 'IccidToRegionOverride/8988', 'Finland', false],
    // unknown types accept anything
    ['AutoBrightness', 'DimBrightness', 'whatever', true],
  ])('%s %s = "%s" -> %s', (path, name, value, ok) => {
    expect(checkSettingValue(get(path, name), value).ok).toBe(ok);
  });

  it('says what is wrong and what to do, naming the setting', () => {
    const r = checkSettingValue(get('CellCore/PerDevice/SMS', 'MessageExpirySeconds'), 'A8C0');
    expect(r).toEqual({
      ok: false,
      message: 'MessageExpirySeconds must be a whole number of at least 0 (seconds), in decimal or hex with 0x (e.g. 0x1A), not "A8C0". Hex needs the 0x prefix (0xA8C0).',
    });
    const b = checkSettingValue(get(PS, 'AllowSMStoSMTPAddress'), 'on');
    expect(b).toEqual({ ok: false, message: 'AllowSMStoSMTPAddress is a yes/no setting: use 0, 1, False, True, not "on".' });
  });
});
