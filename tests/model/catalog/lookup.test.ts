import { describe, expect, it } from 'vitest';
import { atomicMembers, findGroup, findSetting, knownPaths, searchCatalog, settingsOfGroup } from '../../../src/model/catalog/lookup.ts';

describe('catalog lookup', () => {
  it('matches built-in macros literally and case-insensitively', () => {
    expect(findGroup('Messaging/PerSimSettings/$(__ICCID)')?.path).toBe('Messaging/PerSimSettings/$(__ICCID)');
    expect(findGroup('messaging/persimsettings/$(__iccid)')?.path).toBe('Messaging/PerSimSettings/$(__ICCID)');
    expect(findSetting('CellCore/PerIMSI/$(__IMSI)/SMS', 'smspagelimit')?.name).toBe('SmsPageLimit');
    // A concrete ICCID does not stand for the built-in macro.
    expect(findGroup('Messaging/PerSimSettings/8988247000100000000')).toBeUndefined();
    expect(findGroup('CellCore/PerIMSI/310260000000000/SMS')).toBeUndefined();
  });

  it('lets an OEM macro in a catalog path match any concrete segment', () => {
    expect(findGroup('Photos/LensApps/{12345678-0000-0000-1000-000000000000}')?.path).toBe('Photos/LensApps/$(LensAppGuid)');
    expect(findGroup('Photos/LensApps/$(LensAppGuid)')?.path).toBe('Photos/LensApps/$(LensAppGuid)');
    expect(findGroup('Phone/VoicemailRegistrationTable/Contoso')?.path).toBe('Phone/VoicemailRegistrationTable/$(VVMMO)');
    // One segment only.
    expect(findGroup('Photos/LensApps/a/b')).toBeUndefined();
    expect(findGroup('Photos/LensApps')).toBeUndefined();
  });

  it('lets an OEM macro in a catalog name match a concrete name', () => {
    expect(findSetting('Multivariant', 'IccidToRegionOverride/8988')?.name).toBe('IccidToRegionOverride/$(PREFIX)');
    expect(findSetting('Multivariant', 'IccidToRegionOverride/$(PREFIX)')?.name).toBe('IccidToRegionOverride/$(PREFIX)');
    expect(findSetting('Cellcore/PerDevice/General/atomicRoamingTableSettings3GPP', 'RoamingTables/3GPPRoamingTables/HomePLMN/1')?.name).toBe(
      'RoamingTables/3GPPRoamingTables/HomePLMN/$(SerialNumber)',
    );
    expect(findSetting('Localization/MUI', 'LanguageDll/en-US')?.kind).toBe('Asset');
    expect(findSetting('Multivariant', 'IccidToRegionOverride')).toBeUndefined();
  });

  it('does not offer the entry without a documented path', () => {
    expect(knownPaths()).not.toContain('');
    expect(knownPaths().every((p) => !p.startsWith('('))).toBe(true);
    expect(knownPaths()).toContain('Messaging/PerSimSettings/$(__ICCID)');
    expect([...knownPaths()].sort((a, b) => a.localeCompare(b))).toEqual(knownPaths());
  });

  it('lists the settings of a group and the members of an Atomic group', () => {
    expect(settingsOfGroup('Multivariant').map((s) => s.name)).toContain('UnconditionalCleanupDelay');
    expect(settingsOfGroup('Nope/Nope')).toEqual([]);
    expect(atomicMembers('Messaging/GlobalSettings/VoicemailIntercept').map((s) => s.name)).toEqual(['SyncSender', 'SyncPrefix']);
    expect(atomicMembers('CellCore/PerIMSI/$(__IMSI)/General/atomicRoamingTableSettings3GPP2')).toHaveLength(3);
    expect(atomicMembers('Multivariant')).toEqual([]);
  });

  it('searches by name, path or topic, with filters', () => {
    expect(searchCatalog('smstosmtp').map((s) => s.name)).toEqual(['AllowSMStoSMTPAddress', 'SMStoSMTPShortCode']);
    expect(searchCatalog('auto brightness').map((s) => s.path)).toContain('AutoBrightness');
    expect(searchCatalog('LensApps').length).toBeGreaterThan(0);
    const perSim = searchCatalog('SmsPageLimit', { perSim: true });
    expect(perSim.map((s) => s.path)).toEqual(['CellCore/PerIMSI/$(__IMSI)/SMS']);
    expect(searchCatalog('', { constraint: 'Atomic' }).every((s) => s.constraints.includes('Atomic'))).toBe(true);
    expect(searchCatalog('', { constraint: 'Atomic' })).toHaveLength(21);
  });
});
