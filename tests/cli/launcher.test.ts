// bin/caf.js as a user meets it: the bundle runs with nothing but itself (no src/, no node_modules), a missing
// bundle says how to build it, and in a checkout a bundle older than its sources says so.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPackageForSuite, repoRoot } from '../support/cli-package.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const XML = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Tiny" Description="d" Owner="" OwnerType="OEM">
  <Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1" /></Settings></Static>
</ImageCustomizations>
`;

const cli = cliPackageForSuite();
const tmp = mkdtempSync(join(tmpdir(), 'caf-launcher-'));
const tiny = join(tmp, 'tiny.xml');
writeFileSync(tiny, XML);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (bin: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('bin/caf.js', () => {
  it('runs the bundle alone: check and format (its serializer chunk) on a tiny file', () => {
    const check = run(cli().bin, 'check', tiny);
    expect(check.out).toMatch(new RegExp(`^${tiny}:2:1 error owner-empty [^\n]+\n$`));
    expect(check.err).toBe('1 error, 0 warnings in 1 file\n');
    expect(check.code).toBe(1);
    const format = run(cli().bin, 'format', tiny);
    expect(format.code).toBe(0);
    expect(format.out).toContain('<Setting Name="Enable" Value="1" />');
  });

  it('keeps the serializer out of what check loads (it is two thirds of the code: start-up time)', () => {
    const main = readFileSync(join(cli().dir, 'dist-cli/caf.mjs'), 'utf8');
    const format = readFileSync(join(cli().dir, 'dist-cli/caf-format.mjs'), 'utf8');
    expect(format).toMatch(/^\/\/ src\/xml\/serialize\.ts$/m);
    expect(main).not.toMatch(/^\/\/ src\/xml\/serialize\.ts$/m);
    expect(main).not.toMatch(/^\/\/ node_modules\/xmlbuilder2\//m);
  });

  it('says how to build the bundle when it is missing', () => {
    const bare = join(tmp, 'bare');
    mkdirSync(join(bare, 'bin'), { recursive: true });
    copyFileSync(join(repoRoot, 'bin/caf.js'), join(bare, 'bin/caf.js'));
    writeFileSync(join(bare, 'package.json'), '{"type":"module"}\n');
    const r = run(join(bare, 'bin/caf.js'), 'check', tiny);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/the command is not built yet \(.*dist-cli[\\/]caf\.mjs is missing\)/);
    expect(r.err).toContain('npm run build:cli');
  });

  it('in a checkout, warns when a source of the bundle changed after it was built, and still runs it', () => {
    const main = join(cli().dir, 'src/cli/main.ts');
    mkdirSync(join(cli().dir, 'src/cli'), { recursive: true });
    writeFileSync(main, '');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(main, past, past);
    expect(run(cli().bin, 'check', tiny).err).toBe('1 error, 0 warnings in 1 file\n');
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(main, future, future);
    const r = run(cli().bin, 'check', tiny);
    expect(r.err).toBe('caf: warning: src/cli/main.ts changed after dist-cli/caf.mjs was built; run `npm run build:cli` to use the change\n1 error, 0 warnings in 1 file\n');
    expect(r.code).toBe(1);
    rmSync(join(cli().dir, 'src'), { recursive: true });
  });
});
