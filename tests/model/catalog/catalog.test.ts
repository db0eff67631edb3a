import { describe, expect, it } from 'vitest';
import { CATALOG_GROUPS, CATALOG_SETTINGS } from '../../../src/model/catalog/catalog.ts';

describe('catalog data', () => {
  it('holds all 697 entries, 129 of them curated, in 123 groups', () => {
    expect(CATALOG_SETTINGS).toHaveLength(697);
    expect(CATALOG_SETTINGS.filter((s) => s.curated)).toHaveLength(129);
    expect(CATALOG_GROUPS).toHaveLength(123);
  });

  it('gives every entry a help text, topic and source page', () => {
    for (const s of CATALOG_SETTINGS) {
      expect(s.help.length, `${s.path} ${s.name}`).toBeGreaterThan(15);
      expect(s.topic).not.toBe('');
      expect(s.source.page).toMatch(/\.md$|dn772183/);
    }
  });

  it('types every curated entry except the ones the docs leave untyped', () => {
    const untyped = CATALOG_SETTINGS.filter((s) => s.curated && s.valueType.kind === 'unknown').map((s) => s.name);
    expect(untyped.sort()).toEqual(['MOCloudMessageCarrierSetting', 'MOCloudMessageDisplayLabel', 'MOCloudMessageEnabled']);
  });

  it('composes auto-extracted help from facts only', () => {
    const s = CATALOG_SETTINGS.find((x) => x.path === 'AutoBrightness' && x.name === 'DimBrightness')!;
    expect(s.curated).toBe(false);
    expect(s.help).toBe(
      'A setting from the docs page “Auto brightness”. Image-time only: put it in Static, never in a Variant. Its value type is not catalogued; see the page for allowed values.',
    );
  });

  it('normalises the free-text constraints', () => {
    const find = (path: string, name: string) => CATALOG_SETTINGS.find((s) => s.path.toLowerCase() === path.toLowerCase() && s.name === name)!;
    expect(find('DeviceInfo/Static', 'PhoneManufacturer').constraints).toEqual(['ImageTimeOnly']);
    expect(find('DeviceInfo/Variant', 'PhoneModelName').constraints).toEqual(['FirstVariationOnly']);
    expect(find('EaseOfAccessCPL/TTY', 'Mode').constraints).toEqual(['Atomic', 'FirstVariationOnly']);
    expect(find('Phone/PhoneSettings', 'VideoCallingLabel').constraints).toEqual(['FirstVariationOnly']);
    expect(find('WiFi/FirstBoot', 'LowPowerSupported').constraints).toEqual(['ImageTimeOnly']);
    expect(find('WiFi/Config', 'AlwaysOnAlwaysConnected').constraints).toEqual([]);
    expect(find('WiFi/Config', 'AlwaysOnAlwaysConnected').constraintNote).toMatch(/LowPowerSupported/);
    expect(find('CellCore/PerDevice/CellData', 'MaxNumberOfPDPContexts').constraintNote).toMatch(/3GPP/);
    expect(find('Messaging/GlobalSettings', 'ShowSendingStatus').constraintNote).toMatch(/not documented/);
  });

  it('derives perSim from the path macro and scope from the page or path', () => {
    for (const s of CATALOG_SETTINGS) expect(s.perSim).toBe(/\$\(__(ICCID|IMSI)\)/i.test(s.path));
    const rcs = CATALOG_SETTINGS.find((s) => s.name === 'RcsEnabled')!;
    expect(rcs.scope).toBe('per-SIM');
    expect(CATALOG_SETTINGS.find((s) => s.path === 'CellCore/PerDevice/SMS' && s.name === 'SmsPageLimit')!.scope).toBe('per-device');
  });

  it('computes group constraints as those shared by every entry', () => {
    const mv = CATALOG_GROUPS.find((g) => g.path === 'Multivariant')!;
    expect(mv.constraints).toEqual(['ImageTimeOnly']);
    const vm = CATALOG_GROUPS.find((g) => g.path === 'Messaging/GlobalSettings/VoicemailIntercept')!;
    expect(vm.constraints).toEqual(['Atomic']);
    const phone = CATALOG_GROUPS.find((g) => g.path === 'Messaging/PerSimSettings/$(__ICCID)')!;
    expect(phone.constraints).toEqual([]);
  });

  it('merges paths that differ only by case into one group', () => {
    const celldata = CATALOG_GROUPS.filter((g) => g.path.toLowerCase() === 'cellcore/perdevice/celldata');
    expect(celldata).toHaveLength(1);
  });
});
