// `caf diff`, spawned through the real launcher on the bundle built from the current sources: the changes by part,
// the exit codes a build pipeline reads (0 equal in meaning, 1 different, 2 usage or unreadable), and --json.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPackageForSuite } from '../support/cli-package.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const pkg = cliPackageForSuite();
const tmp = mkdtempSync(join(tmpdir(), 'caf-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function caf(...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd: tmp, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const BASE = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Operators" Owner="Contoso" OwnerType="OEM">
  <Targets>
    <Target Id="ATT_US"><TargetState><Condition Name="MCC" Value="310" /><Condition Name="MNC" Value="410" /></TargetState></Target>
    <Target Id="TMO"><TargetState><Condition Name="MCC" Value="310" /><Condition Name="MNC" Value="260" /></TargetState></Target>
  </Targets>
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
  <Variant Name="Telcel"><TargetRefs><TargetRef Id="ATT_US" /></TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)"><Setting Name="AllowSMStoSMTPAddress" Value="1" /></Settings>
  </Variant>
</ImageCustomizations>
`;

function write(name: string, text: string): string {
  writeFileSync(join(tmp, name), text);
  return name;
}

const a = write('a.xml', BASE);
const changed = write(
  'b.xml',
  BASE.replace('Value="410"', 'Value="411"')
    .replace('Value="1" /></Settings>\n  </Variant>', 'Value="1" /><Setting Name="SMStoSMTPShortCode" Value="1234" /></Settings>\n  </Variant>')
    .replace('<Targets>', '<!-- reviewed --><Targets>'),
);
// The same document written another way: comments, line ends, quotes, attribute order, the order of Targets.
const relaid = write(
  'relaid.xml',
  BASE.replace(/(<Target Id="ATT_US">.*<\/Target>)(\s*)(<Target Id="TMO">.*<\/Target>)/, '$3$2$1')
    .replace('<Setting Name="Enable" Value="1" />', "<Setting Value='1' Name='Enable'/>")
    .replace('<Static>', '<!-- the image --><Static>')
    .replace(/\n/g, '\r\n'),
);

describe('caf diff', () => {
  it('lists the changes by part and exits 1 when the documents differ in meaning', () => {
    const r = caf('diff', a, changed);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'Document: Targets comments changed  (not read by the imaging tool)',
        '',
        'Target ATT_US, condition MNC: 410 → 411',
        '',
        'Variant Telcel: setting SMStoSMTPShortCode added',
        '',
        '3 changes (2 that matter to the imaging tool)',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
  });

  it('exits 0 for documents equal in meaning, and for a file against itself', () => {
    const r = caf('diff', a, relaid);
    expect(r.out).toContain('Target TMO moved  (not read by the imaging tool)');
    expect(r.out).toMatch(/No differences in meaning \(\d changes the imaging tool does not read\)\.\n$/);
    expect(r.code).toBe(0);
    expect(caf('diff', a, a)).toEqual({ code: 0, out: 'No differences in meaning.\n', err: '' });
  });

  it('--json gives the files, the verdict and each change without internal keys', () => {
    const r = caf('diff', changed, a, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['a', 'b', 'equal', 'changes']);
    expect(json).toMatchObject({ a: changed, b: a, equal: false });
    expect(json.changes).toEqual([
      { kind: 'changed', part: { kind: 'document' }, what: 'Targets comments', before: null, after: null, text: 'Document: Targets comments changed', meaningful: false },
      { kind: 'changed', part: { kind: 'target', id: 'ATT_US' }, what: 'condition MNC', before: '411', after: '410', text: 'Target ATT_US, condition MNC: 411 → 410', meaningful: true },
      { kind: 'removed', part: { kind: 'variant', name: 'Telcel' }, what: 'setting SMStoSMTPShortCode', before: null, after: null, text: 'Variant Telcel: setting SMStoSMTPShortCode removed', meaningful: true },
    ]);
    expect(JSON.parse(caf('diff', a, relaid, '--json').out)).toMatchObject({ equal: true });
  });

  it('exits 2 for a missing file, a file that is not an answer file, and a usage error, saying which and why', () => {
    const missing = caf('diff', a, 'missing.xml');
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe('missing.xml: error unreadable cannot read the file: no such file\n');
    const broken = caf('diff', write('broken.xml', '<ImageCustomizations'), a);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^broken\.xml(:\d+:\d+)?: error not-well-formed /);
    const one = caf('diff', a);
    expect(one.code).toBe(2);
    expect(one.err).toContain('caf: diff takes two FILEs (got 1)');
    expect(one.err).toContain('Usage: caf diff A.xml B.xml [--json]');
    expect(caf('diff', a, changed, '--csv')).toMatchObject({ code: 2 });
    expect(caf('diff', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: caf diff') });
  });
});
