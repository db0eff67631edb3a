// `caf simulate` and `caf testplan`, spawned through the real launcher on the bundle built from the current sources.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../src/model/simulate/assumptions.ts';
import { SMS_TO_SMTP_CHECK } from '../../src/model/simulate/testplan.ts';
import { cliPackageForSuite } from '../support/cli-package.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = cliPackageForSuite();
const tmp = mkdtempSync(join(tmpdir(), 'caf-sim-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function caf(...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd: root, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const file = join(tmp, 'operators.xml');
writeFileSync(
  file,
  `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Operators" Description="d" Owner="Contoso" OwnerType="OEM">
  <Targets>
    <Target Id="US"><TargetState><Condition Name="MCC" Value="310" /><Condition Name="MNC" Value="410" /></TargetState></Target>
    <Target Id="AnyUS"><TargetState><Condition Name="MCC" Value="range:310,316" /></TargetState></Target>
    <Target Id="ByIccid"><TargetState><Condition Name="ICCID" Value="range:89014100000000000000,89014199999999999999" /></TargetState></Target>
    <Target Id="Lab"><TargetState><Condition Name="LabSim" Value="yes" /></TargetState></Target>
  </Targets>
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
  <Variant Name="SMS to email"><TargetRefs><TargetRef Id="US" /></TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">
      <Setting Name="AllowSMStoSMTPAddress" Value="1" /><Setting Name="SMStoSMTPShortCode" Value="1234" />
    </Settings>
  </Variant>
  <Variant Name="Default US"><TargetRefs><TargetRef Id="AnyUS" /></TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="AllowSMStoSMTPAddress" Value="0" /></Settings>
  </Variant>
  <Variant Name="ICCID block"><TargetRefs><TargetRef Id="ByIccid" /></TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="SMStoSMTPShortCode" Value="999" /></Settings>
  </Variant>
  <Variant Name="Lab"><TargetRefs><TargetRef Id="Lab" /></TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="SMStoSMTPShortCode" Value="lab" /></Settings>
  </Variant>
</ImageCustomizations>
`,
);

describe('caf simulate', () => {
  it('prints the matching Targets, the Variants in order and the effective settings with their sources', () => {
    const r = caf('simulate', file, '--mcc', '310', '--mnc', '410', '--iccid', '89014103211118510720');
    expect(r.code).toBe(0);
    expect(r.out).toContain('SIM: MCC="310", MNC="410", ICCID="89014103211118510720" (the first SIM)');
    expect(r.out).toMatch(/match {5}"US": TargetState 1: MCC "310" equals "310"; MNC "410" equals "410"/);
    expect(r.out).toMatch(/may match "Lab": TargetState 1: LabSim is unknown/);
    const applied = r.out.slice(r.out.indexOf('Variants applied'), r.out.indexOf('Variants that apply only'));
    // AnyUS (1 SIM condition) and ByIccid (1) first in document order, then US (2 SIM conditions) last.
    expect(applied.split('\n').filter((l) => /^\s+\d\./.test(l)).map((l) => /Target "([^"]+)"/.exec(l)?.[1])).toEqual(['AnyUS', 'ByIccid', 'US']);
    expect(r.out).toContain('Messaging/PerSimSettings/89014103211118510720/AllowSMStoSMTPAddress = "1"  [Variant "SMS to email" (Target "US")]');
    expect(r.out).toContain('overridden: "0" from Variant "Default US" (Target "AnyUS")');
    expect(r.out).toContain('possible: "lab" from Variant "Lab" (Target "Lab")');
    expect(r.out).toContain('How this is decided');
  });

  it('takes any other condition with --condition NAME=VALUE, names ignoring case', () => {
    const r = caf('simulate', file, '--mcc', '999', '--condition', 'labsim=yes');
    expect(r.out).toMatch(/match {5}"Lab"/);
    expect(r.out).toContain('SMStoSMTPShortCode = "lab"');
  });

  it('prints JSON with every assumption', () => {
    const r = caf('simulate', file, '--mcc', '310', '--mnc', '410', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & { targets: { id: string; outcome: string }[]; assumptions: unknown[]; assumptionsUsed: string[]; applied: { targetId: string }[]; settings: { name: string; value: string | null; source: string | null }[] };
    expect(j.targets.map((t) => [t.id, t.outcome])).toEqual([['US', 'match'], ['AnyUS', 'match'], ['ByIccid', 'unknown'], ['Lab', 'unknown']]);
    expect(j.applied.map((a) => a.targetId)).toEqual(['AnyUS', 'US']);
    expect(j.assumptions).toEqual(ASSUMPTIONS);
    expect(j.assumptionsUsed).toContain('unknown-value');
    expect(j.settings.find((s) => s.name === 'AllowSMStoSMTPAddress')).toMatchObject({ value: '1', source: 'Variant "SMS to email" (Target "US")' });
  });

  it('refuses bad usage with exit 2', () => {
    expect(caf('simulate').code).toBe(2);
    expect(caf('simulate', file, '--colour', 'red').code).toBe(2);
    const r = caf('simulate', file, '--condition', 'novalue');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--condition takes NAME=VALUE');
    expect(caf('simulate', join(tmp, 'missing.xml')).err).toMatch(/missing\.xml: error unreadable/);
    expect(caf('simulate', '--help').code).toBe(0);
  });
});

describe('caf testplan', () => {
  it('prints a Markdown test plan, one row per Target', () => {
    const r = caf('testplan', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# Test plan: Operators');
    const rows = r.out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Target'));
    expect(rows.map((l) => l.split(' | ')[0].slice(2))).toEqual(['US', 'AnyUS', 'ByIccid', 'Lab']);
    expect(rows[0]).toContain('MCC=310, MNC=410');
    expect(rows[0]).toContain(SMS_TO_SMTP_CHECK);
  });

  it('prints CSV with --csv', () => {
    const r = caf('testplan', file, '--csv');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('Target,Variants,SIM,Expected settings,Manual check\r\n')).toBe(true);
    expect(r.out).toContain('ByIccid,ICCID block,ICCID=89014100000000000000,');
  });
});
