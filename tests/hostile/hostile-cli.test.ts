// Issue 18, hostile fixtures through the real `caf` launcher: `caf check` gives each the verdict the page gives
// (same code and position, exit 2 for a refusal; invalid bytes aside, which the imaging tool reads on and check
// warns about), `caf format` writes what opens back as an equal document and
// refuses the rest with exit 2 and one line, never a stack trace.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPackageForSuite } from '../support/cli-package.ts';
import { fromXml } from '../../src/xml/parse.ts';
import type { ImportError } from '../../src/xml/parse-types.ts';
import { hostileFixture } from '../support/hostile-fixtures.ts';
import { liveMarkup } from '../support/hostile-fixtures-script.ts';
import { openBytes } from '../support/hostile-open.ts';
import { wrongRefusal } from '../support/hostile-verdict.ts';
import { stripKeys } from '../support/strip-keys.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const tmp = mkdtempSync(join(tmpdir(), 'caf-hostile-'));
const pkg = cliPackageForSuite();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function caf(...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd: tmp, encoding: 'utf8', timeout: TEST_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The ones that crashed, froze or corrupted in the CLI before issue 18, and the two that must open. */
const NAMES = [
  'depth-100000',
  'attributes-1000000',
  'invalid-utf8',
  'utf16le-no-bom',
  'size-just-over',
  'iso-8859-1-declared',
  'script-in-every-value',
];

interface CheckJson {
  exitCode: number;
  files: { status: string; error?: ImportError }[];
}

describe('hostile fixtures through caf', () => {
  it.each(NAMES)('%s: caf check and caf format', (name) => {
    const fixture = hostileFixture(name);
    const file = join(tmp, `${name}.xml`);
    writeFileSync(file, fixture.bytes());

    const check = caf('check', '--json', file);
    expect(check.err).not.toMatch(/^\s+at /m); // no stack trace
    const json = JSON.parse(check.out) as CheckJson;
    const format = caf('format', file);
    expect(format.err).not.toMatch(/^\s+at /m);

    if (fixture.expect.kind === 'refused' && fixture.expect.codes.includes('invalid-bytes')) {
      // The imaging tool reads invalid bytes as U+FFFD and goes on: caf check follows it with a warning where they
      // stand; caf format, which would have to write them, refuses them as the page does.
      expect(json.files[0].status).toBe('ok');
      expect((json.files[0] as { reading?: { code: string }[] }).reading?.map((w) => w.code)).toContain('invalid-bytes');
      expect(format.code).toBe(2);
      expect(format.out).toBe('');
      expect(format.err).toContain('error invalid-bytes ');
      return;
    }
    if (fixture.expect.kind === 'refused') {
      expect(json.files[0].status).toBe('refused');
      expect(wrongRefusal(json.files[0].error as ImportError, fixture.expect)).toBeNull();
      expect(check.code).toBe(2);
      expect(format.code).toBe(2);
      expect(format.out).toBe('');
      expect(format.err).toContain(`error ${json.files[0].error?.code ?? '?'} `);
      return;
    }
    expect(json.files[0].status).toBe('ok');
    expect(check.code).not.toBe(2);
    expect(format.code).toBe(0);
    expect(liveMarkup(format.out)).toBeNull();
    const opened = openBytes(fixture.bytes());
    const written = fromXml(format.out);
    expect(opened.ok && written.ok).toBe(true);
    if (opened.ok && written.ok) expect(stripKeys(written.doc)).toEqual(stripKeys(opened.doc));
  });
});
