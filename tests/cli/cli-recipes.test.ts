// The README's CI recipes (section "Command line"), run as written: every `run: npx caf …` line of the GitHub
// Actions workflow through bash, and every pre-commit hook's `entry` + `args` as pre-commit runs them (no shell),
// in a folder laid out like a repository of answer files, with the packed command installed in its node_modules.
// The lines are read from README.md, so the README and this test cannot drift apart.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPackageForSuite, repoRoot } from '../support/cli-package.ts';
import { CLEAN_ANSWER_FILE } from '../support/clean-answer-file.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The first ```yaml block after the heading `heading`. */
function yamlAfter(heading: string): string {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README.md has no heading "${heading}"`);
  const m = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!m) throw new Error(`no yaml block after "${heading}"`);
  return m[1];
}

const workflow = yamlAfter('### In a pipeline: GitHub Actions');
const runLines = [...workflow.matchAll(/^\s*(?:- )?run: (npx caf .+)$/gm)].map((m) => m[1]);
const hooks = [...yamlAfter('### Before each commit: pre-commit').matchAll(/^\s*entry: (.+)\n\s*args: (\[.*\])$/gm)].map((m) => ({
  entry: m[1],
  args: JSON.parse(m[2]) as string[],
}));

const CANONICAL = CLEAN_ANSWER_FILE;

const pkg = cliPackageForSuite();
const repo = mkdtempSync(join(tmpdir(), 'caf-recipes-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

beforeAll(() => {
  // A repository of answer files whose package.json lists caf-studio; its node_modules holds the packed command.
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: 'answer-files', private: true, devDependencies: { 'caf-studio': '*' } })}\n`);
  cpSync(pkg().dir, join(repo, 'node_modules/caf-studio'), { recursive: true });
  mkdirSync(join(repo, 'node_modules/.bin'));
  symlinkSync('../caf-studio/bin/caf.js', join(repo, 'node_modules/.bin/caf'));
  mkdirSync(join(repo, 'customizations/operators'), { recursive: true });
  writeFileSync(join(repo, 'customizations/base.xml'), CANONICAL);
  writeFileSync(join(repo, 'customizations/operators/fabrikam.xml'), CANONICAL.replace('Name="Clean"', 'Name="Fabrikam"'));
});

// npx finds caf in node_modules/.bin; offline, so that it could never fetch a package named caf instead.
const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' };

/** A workflow step's `run:` line, as GitHub Actions runs it (bash -e). */
function runStep(line: string) {
  const r = spawnSync('bash', ['-e', '-c', line], { cwd: repo, encoding: 'utf8', env, timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A pre-commit hook: its entry split on spaces, then its args, without a shell (pre-commit's `language: system`). */
function runHook(hook: { entry: string; args: string[] }) {
  const [cmd, ...rest] = hook.entry.split(' ');
  const r = spawnSync(cmd, [...rest, ...hook.args], { cwd: repo, encoding: 'utf8', env, timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the README recipes, run as written', () => {
  it('are where the test looks: two caf steps in the workflow, two pre-commit hooks, all on every answer file', () => {
    expect(runLines).toEqual(['npx caf check --format sarif "customizations/**/*.xml" > caf.sarif', 'npx caf format --check "customizations/**/*.xml"']);
    expect(hooks).toEqual([
      { entry: 'npx caf check', args: ['customizations/**/*.xml'] },
      { entry: 'npx caf format --check', args: ['customizations/**/*.xml'] },
    ]);
  });

  it('pass on answer files without errors in canonical form, checking each of them', () => {
    const [check, format] = runLines.map(runStep);
    expect(check.code).toBe(0);
    expect(check.err).toBe('0 errors, 0 warnings in 2 files\n');
    const log = JSON.parse(readFileSync(join(repo, 'caf.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toEqual([]);
    expect(format).toMatchObject({ code: 0, err: '0 of 2 files not in canonical form\n' });
    for (const hook of hooks) expect(runHook(hook).code).toBe(0);
    expect(runHook(hooks[0]).err).toBe('0 errors, 0 warnings in 2 files\n');
  });

  it('fail on a file with an error, and on a file not in canonical form, naming them', () => {
    const bad = join(repo, 'customizations/operators/contoso.xml');
    writeFileSync(bad, CANONICAL.replace('Owner="Contoso"', 'Owner=""').replace('  <Static>', '<Static>'));
    try {
      const [check, format] = runLines.map(runStep);
      expect(check.code).toBe(1);
      const log = JSON.parse(readFileSync(join(repo, 'caf.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      expect(log.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([['owner-empty', 'customizations/operators/contoso.xml']]);
      expect(format).toMatchObject({ code: 1, out: 'customizations/operators/contoso.xml\n' });
      const [checkHook, formatHook] = hooks.map(runHook);
      expect(checkHook.code).toBe(1);
      expect(checkHook.out).toMatch(/^customizations\/operators\/contoso\.xml:2:1 error owner-empty /);
      expect(formatHook).toMatchObject({ code: 1, out: 'customizations/operators/contoso.xml\n' });
    } finally {
      rmSync(bad);
    }
  });
});
