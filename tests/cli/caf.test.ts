// Spawns the real `caf` launcher (bin/caf.js, as `npx caf` runs it) on the bundle built from the current sources
// (tests/support/cli-package.ts) and checks exit codes and output.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { cliPackageForSuite } from '../support/cli-package.ts';
import { stripKeys } from '../support/strip-keys.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';
import { ANSWER_NS as NS, CLEAN_ANSWER_FILE } from '../support/clean-answer-file.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = cliPackageForSuite();
const fx = (name: string) => join(root, 'tests/fixtures/import', name);
const tmp = mkdtempSync(join(tmpdir(), 'caf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function caf(...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd: root, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const clean = join(tmp, 'clean.xml');
writeFileSync(
  clean,
  CLEAN_ANSWER_FILE,
);
const warnOnly = join(tmp, 'warn.xml');
writeFileSync(
  warnOnly,
  `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="W" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static>
    <Settings Path="Contoso/NotInTheCatalog">
      <Setting Name="Anything" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`,
);

describe('caf check', () => {
  it('exits 0 and prints nothing on stdout for a file without diagnostics', () => {
    const r = caf('check', clean);
    expect(r.out).toBe('');
    expect(r.err).toBe('0 errors, 0 warnings in 1 file\n');
    expect(r.code).toBe(0);
  });

  it('exits 0 with warnings only, and 1 with the same file under --strict', () => {
    const r = caf('check', warnOnly);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^${warnOnly}:4:5 warning path-unknown .*NotInTheCatalog`, 'm'));
    const strict = caf('check', '--strict', warnOnly);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(new RegExp(`^${warnOnly}:4:5 error path-unknown `, 'm'));
  });

  it('exits 1 when a file has an error, printing file:line:column severity code message', () => {
    const r = caf('check', fx('empty-template.xml'));
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^\S+empty-template\.xml(:\d+:\d+)? (error|warning|note) \S+ .+/);
    expect(r.out).toContain(`${fx('empty-template.xml')}:3:1 error owner-empty `);
    expect(r.out).toContain(`${fx('empty-template.xml')}:11:5 warning target-id-empty `);
    expect(r.err).toMatch(/\d+ errors, \d+ warnings? in 1 file/);
  });

  it('prints what it kept without understanding as notes', () => {
    const r = caf('check', fx('unknown-content.xml'));
    expect(r.out).toContain(`${fx('unknown-content.xml')}:6:3 note kept Unknown element <RootCert>`);
  });

  it('exits 2 when a file cannot be parsed, naming line and column, and still checks the others', () => {
    const r = caf('check', clean, fx('defects/nested-comments.xml'), fx('empty-template.xml'));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /nested-comments\.xml:7:7 error not-well-formed Line 7, column 7: .*comment cannot contain another comment.*\(a repair is available: caf format --repair\)/,
    );
    expect(r.out).toContain('empty-template.xml:3:1 error owner-empty');
    expect(r.out).toContain('empty-template.xml:11:5 warning target-id-empty');
    expect(r.err).toMatch(/1 file not checked in 3 files/);
  });

  it('exits 2 for a WCD file and for a missing file', () => {
    const wcd = caf('check', fx('refused/wcd.xml'));
    expect(wcd.code).toBe(2);
    expect(wcd.out).toMatch(/wcd\.xml:3:1 error wcd-format .*Windows Configuration Designer/);
    const missing = caf('check', join(tmp, 'nope.xml'));
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/nope\.xml error unreadable cannot read the file: no such file/);
    const json = JSON.parse(caf('check', '--json', join(tmp, 'nope.xml')).out) as { files: { status: string; error: { code: string } }[] };
    expect(json.files[0]).toMatchObject({ status: 'unreadable', error: { code: 'unreadable' } });
  });

  it('reads UTF-16 by its byte-order mark, and replaces invalid UTF-8 bytes with a warning line, as the tool does', () => {
    const text = readFileSync(clean, 'utf8');
    const wide = join(tmp, 'utf16be.xml');
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    writeFileSync(wide, Buffer.concat([Buffer.from([0xfe, 0xff]), le]));
    expect(caf('check', wide)).toEqual({ code: 0, out: '', err: '0 errors, 0 warnings in 1 file\n' });
    const latin = join(tmp, 'latin1.xml');
    writeFileSync(latin, Buffer.from(text.replace('Description="d"', 'Description="caf\u00e9"'), 'latin1'));
    const r = caf('check', latin);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^${latin}:2:\\d+ warning invalid-bytes 0xE9 0x22: bytes that are not valid UTF-8, which the imaging tool reads as U\\+FFFD`));
    expect(r.err).toBe('0 errors, 1 warning in 1 file\n');
  });

  it('--json gives one object with every file, positions and the exit code', () => {
    const r = caf('check', '--json', fx('empty-template.xml'), fx('refused/oem-package.xml'));
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as {
      exitCode: number;
      files: { file: string; status: string; error?: { code: string; line?: number }; diagnostics: { severity: string; code: string; line?: number }[] }[];
    };
    expect(json.exitCode).toBe(2);
    expect(json.files.map((f) => f.status)).toEqual(['ok', 'refused']);
    expect(json.files[0].diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'owner-empty', line: 3, column: 1 }));
    expect(json.files[0].diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'target-id-empty', line: 11, column: 5 }));
    expect(json.files[1].error).toMatchObject({ code: 'oem-package-format', line: 2 });
    expect(r.err).toBe('');
  });

  it('rejects usage errors with exit 2', () => {
    expect(caf('check').code).toBe(2);
    expect(caf('check', '--nope', clean).code).toBe(2);
    expect(caf('frobnicate').err).toMatch(/unknown command "frobnicate"/);
    const help = caf('help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/caf check \[--strict\] \[--format FORMAT\] FILE/);
    expect(help.out).toContain('sarif: a\n           SARIF 2.1.0 log');
  });
});

describe('caf format', () => {
  it('writes the file back through the model: same document, canonical form', () => {
    const r = caf('format', fx('full-answer-file.xml'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const a = fromXml(readFileSync(fx('full-answer-file.xml'), 'utf8'));
    const b = fromXml(r.out);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(stripKeys(b.doc)).toEqual(stripKeys(a.doc));
    expect(r.out).toContain('<!-- between imports -->');
    // formatting is idempotent
    const again = join(tmp, 'formatted.xml');
    writeFileSync(again, r.out);
    expect(caf('format', again).out).toBe(r.out);
  });

  it('exits 2 on a parse failure with line and column, and suggests --repair for known defects', () => {
    const r = caf('format', fx('defects/broken-comment-open.xml'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/broken-comment-open\.xml:7:8: error not-well-formed Line 7, column 8: .*caf format --repair/);
    const bad = caf('format', fx('defects/missing-quote.xml'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/missing-quote\.xml:4:20: error not-well-formed .*unquoted attribute value/);
    expect(bad.err).not.toContain('--repair');
  });

  it('--repair applies the known-defect repair and lists the changes on stderr', () => {
    const r = caf('format', '--repair', fx('defects/nbsp.xml'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/nbsp\.xml:1: repaired: no-break space \(U\+00A0\) between markup replaced by a space/);
    expect(fromXml(r.out).ok).toBe(true);
  });

  it('takes exactly one file', () => {
    expect(caf('format', clean, clean).code).toBe(2);
    expect(caf('format').code).toBe(2);
  });
});
