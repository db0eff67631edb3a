// The package as users get it (issue 23): `npm pack` in the repository, then `npm install <tarball>` in an empty
// folder, offline (the package has no dependencies), then `npx caf check` there, with no source tree and nothing
// in node_modules but the package. Slow (a build and two npm runs): it has a file of its own and hang guards only.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli-package.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const work = mkdtempSync(join(tmpdir(), 'caf-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const npm = (cwd: string, ...args: string[]) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm pack, install, npx caf', () => {
  it('packs the command alone, installs it offline in an empty folder, and runs it there', () => {
    // `npm pack` runs `prepare` (the CLI build) first; its --json report lists the files.
    const out = npm(repoRoot, 'pack', '--pack-destination', work, '--json');
    const [packed] = JSON.parse(out.slice(out.indexOf('['))) as { name: string; version: string; filename: string; files: { path: string }[] }[];
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(packed).toMatchObject({ name: pkg.name, version: pkg.version, filename: `${pkg.name}-${pkg.version}.tgz` });
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toEqual(expect.arrayContaining(['CHANGELOG.md', 'README.md', 'bin/caf.js', 'dist-cli/caf.mjs', 'dist-cli/caf-format.mjs', 'dist-cli/caf-sarif.mjs', 'docs/format.md', 'package.json']));
    expect(files.filter((f) => !/^(bin\/|dist-cli\/[^/]+\.mjs$|docs\/format\.md$|CHANGELOG\.md$|README\.md$|package\.json$)/.test(f))).toEqual([]);

    // An empty folder, with the package.json `npm init -y` would write, so that npm installs here and not into a
    // project in a parent folder.
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', version: '1.0.0', private: true })}\n`);
    npm(app, 'install', '--offline', join(work, packed.filename));
    // Nothing but the package was installed: it has no dependencies.
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')).sort()).toEqual(['caf-studio']);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/caf-studio/package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed).toMatchObject({ name: 'caf-studio', license: 'UNLICENSED', bin: { caf: 'bin/caf.js' }, repository: { type: 'git' } });
    expect(installed.dependencies).toBeUndefined();
    expect(installed.private).toBeUndefined();

    copyFileSync(join(repoRoot, 'tests/fixtures/import/empty-template.xml'), join(app, 'answer.xml'));
    const caf = (...args: string[]) => spawnSync('npx', ['caf', ...args], { cwd: app, env: { ...env, npm_config_offline: 'true' }, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
    const check = caf('check', 'answer.xml');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^answer\.xml:3:1 error owner-empty /m);
    expect(check.stderr).toMatch(/\d+ errors, 1 warning in 1 file\n$/);
    const sarif = caf('check', '--format', 'sarif', '*.xml');
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'caf', version: pkg.version } } }] });
    const format = caf('format', 'answer.xml');
    expect(format.status).toBe(0);
    expect(format.stdout).toContain('<ImageCustomizations');
  });
});
