// `caf format` and `caf check` on a file nesting 3,000 levels: refused with the depth limit's message and the
// exit code of any other refusal (2), no stack trace (it used to crash with a stack overflow).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPackageForSuite } from '../support/cli-package.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const tmp = mkdtempSync(join(tmpdir(), 'caf-limits-'));
const pkg = cliPackageForSuite();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const caf = (...args: string[]) => spawnSync(process.execPath, [pkg().bin, ...args], { cwd: tmp, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const deep = join(tmp, 'deep.xml');
writeFileSync(deep, `<ImageCustomizations xmlns="${NS}">\n${'<a>'.repeat(3000)}${'</a>'.repeat(3000)}</ImageCustomizations>\n`);

describe('caf on 3,000 levels', () => {
  it('format: refused at level 257 with the limit, exit code 2, no stack trace', () => {
    const r = caf('format', deep);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // level 257 is the 256th <a> on line 2
    expect(r.stderr).toMatch(/deep\.xml:2:766: error too-deep Line 2, column 766: <a> is nested deeper than 256 levels, the most CAF Studio opens/);
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });

  it('check: the same refusal, exit code 2', () => {
    const r = caf('check', deep);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/deep\.xml:2:766 error too-deep /);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/RangeError|\n\s+at /);
  });
});
