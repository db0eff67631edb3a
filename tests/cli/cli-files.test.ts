// FILE arguments as glob patterns, expanded by caf itself (src/cli/files.ts), and `caf format --check / --write`
// on the files they match, through the built package.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { expandFiles } from '../../src/cli/files.ts';
import { cliPackageForSuite, repoRoot } from '../support/cli-package.ts';
import { CLEAN_ANSWER_FILE } from '../support/clean-answer-file.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const CANONICAL = CLEAN_ANSWER_FILE;
// The same document, indented otherwise and with attributes in another order: not canonical.
const LOOSE = CANONICAL.replace('  <Static>', '<Static>').replace('Name="Enable" Value="1"', 'Value="1"  Name="Enable"');

const pkg = cliPackageForSuite();
const root = mkdtempSync(join(tmpdir(), 'caf-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'tree-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function caf(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('expandFiles', () => {
  it('expands patterns in order, sorted, each file once; skips node_modules and dot folders; keeps plain names', async () => {
    const dir = tree({
      'c/b.xml': CANONICAL,
      'c/a.xml': CANONICAL,
      'c/deep/er/z.xml': CANONICAL,
      'c/note.txt': '',
      'c/node_modules/m.xml': CANONICAL,
      'c/.hidden/h.xml': CANONICAL,
      'odd[1].xml': CANONICAL,
    });
    expect(await expandFiles(['c/**/*.xml', 'c/a.xml', 'odd[1].xml', 'missing.xml', 'none/**/*.xml'], dir)).toEqual({
      files: ['c/a.xml', 'c/b.xml', 'c/deep/er/z.xml', 'odd[1].xml', 'missing.xml'],
      unmatched: ['none/**/*.xml'],
    });
    expect((await expandFiles([join(dir, 'c/*.xml')], dir)).files).toEqual([join(dir, 'c/a.xml'), join(dir, 'c/b.xml')]);
    expect((await expandFiles(['c/{a,b}.xml'], dir)).files).toEqual(['c/a.xml', 'c/b.xml']);
  });
});

describe('caf check with a glob', () => {
  it('checks every file the pattern matches, and says so for a pattern that matches none (exit 2)', () => {
    const dir = tree({ 'customizations/x/a.xml': CANONICAL, 'customizations/b.xml': CANONICAL.replace('Owner="Contoso"', 'Owner=""') });
    const r = caf(dir, 'check', 'customizations/**/*.xml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^customizations\/b\.xml:2:1 error owner-empty /);
    expect(r.err).toBe('1 error, 0 warnings in 2 files\n');
    const none = caf(dir, 'check', 'customizations/**/*.xml', 'nothing/**/*.xml');
    expect(none.code).toBe(2);
    expect(none.out).toContain('nothing/**/*.xml error unreadable no file matches this pattern');
  });
});

describe('caf format --check / --write', () => {
  let dir: string;
  beforeEach(() => {
    dir = tree({ 'c/canonical.xml': CANONICAL, 'c/loose.xml': LOOSE, 'c/sub/loose2.xml': LOOSE });
  });

  it('--check lists the files not in canonical form, exits 1, and changes nothing', () => {
    const r = caf(dir, 'format', '--check', 'c/**/*.xml');
    expect(r.code).toBe(1);
    expect(r.out).toBe('c/loose.xml\nc/sub/loose2.xml\n');
    expect(r.err).toBe('2 of 3 files not in canonical form (caf format --write rewrites them)\n');
    expect(readFileSync(join(dir, 'c/loose.xml'), 'utf8')).toBe(LOOSE);
    expect(caf(dir, 'format', '--check', 'c/canonical.xml')).toMatchObject({ code: 0, out: '', err: '0 of 1 file not in canonical form\n' });
  });

  it('--write rewrites only the files that change, to the canonical form; --check then passes', () => {
    const untouched = statSync(join(dir, 'c/canonical.xml')).mtimeMs;
    const r = caf(dir, 'format', '--write', 'c/**/*.xml');
    expect(r.code).toBe(0);
    expect(r.out).toBe('c/loose.xml\nc/sub/loose2.xml\n');
    expect(r.err).toBe('2 of 3 files rewritten\n');
    expect(readFileSync(join(dir, 'c/loose.xml'), 'utf8')).toBe(CANONICAL);
    expect(readFileSync(join(dir, 'c/sub/loose2.xml'), 'utf8')).toBe(CANONICAL);
    expect(statSync(join(dir, 'c/canonical.xml')).mtimeMs).toBe(untouched);
    expect(caf(dir, 'format', '--check', 'c/**/*.xml').code).toBe(0);
  });

  it('a file it cannot open is reported (exit 2), never rewritten, and the others are still done', () => {
    const broken = readFileSync(join(repoRoot, 'tests/fixtures/import/defects/nested-comments.xml'));
    writeFileSync(join(dir, 'c/broken.xml'), broken);
    const r = caf(dir, 'format', '--write', 'c/*.xml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^c\/broken\.xml:7:7: error not-well-formed .*caf format --repair/m);
    expect(readFileSync(join(dir, 'c/broken.xml'))).toEqual(broken);
    expect(readFileSync(join(dir, 'c/loose.xml'), 'utf8')).toBe(CANONICAL);
    // With --repair the defect is repaired and the file rewritten.
    expect(caf(dir, 'format', '--write', '--repair', 'c/broken.xml').code).toBe(0);
    expect(caf(dir, 'format', '--check', 'c/*.xml').code).toBe(0);
  });

  it('a UTF-16 file is not canonical (caf writes UTF-8); without --check/--write a glob must match one file', () => {
    copyFileSync(join(dir, 'c/canonical.xml'), join(dir, 'c/copy.xml'));
    writeFileSync(join(dir, 'c/utf16.xml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CANONICAL.replace('utf-8', 'utf-16'), 'utf16le')]));
    const r = caf(dir, 'format', '--check', 'c/utf16.xml', 'c/copy.xml');
    expect(r).toMatchObject({ code: 1, out: 'c/utf16.xml\n' });
    const many = caf(dir, 'format', 'c/*.xml');
    expect(many.code).toBe(2);
    expect(many.err).toContain('use --check or --write for several');
    expect(caf(dir, 'format', 'c/canonical.*').out).toBe(CANONICAL);
  });
});
