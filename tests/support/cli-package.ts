// The `caf` command as a package ships it, for tests that spawn it: the bundle built from the current sources by
// vite.cli.config.ts into a temporary folder, beside a copy of bin/caf.js and a package.json, and nothing else (no
// src/, no node_modules), so a test also shows the bundle is self-contained. The tree is left as it was.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { TEST_TIMEOUT_MS } from './time-limits.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliPackage {
  /** The package's folder. */
  readonly dir: string;
  /** Its bin/caf.js. */
  readonly bin: string;
  readonly remove: () => void;
}

/** Builds the bundle (a second or two; more on a busy machine) into a new temporary package folder. */
export function buildCliPackage(): CliPackage {
  const dir = mkdtempSync(join(tmpdir(), 'caf-package-'));
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', join(dir, 'dist-cli'), '--emptyOutDir', '--logLevel', 'warn'];
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  if (r.status !== 0) throw new Error(`the CLI build failed (exit ${r.status}):\n${r.stderr}`);
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(repoRoot, 'bin/caf.js'), join(dir, 'bin/caf.js'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'caf-studio', type: 'module', bin: { caf: 'bin/caf.js' } })}\n`);
  return { dir, bin: join(dir, 'bin/caf.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The package for a test file: built before its tests (a second or two, much longer on a loaded machine: the hook's
 * timeout, from time-limits.ts, is a hang guard only) and removed after them. Returns a getter, valid inside tests.
 */
export function cliPackageForSuite(): () => CliPackage {
  let pkg: CliPackage | undefined;
  beforeAll(() => {
    pkg = buildCliPackage();
  });
  afterAll(() => pkg?.remove());
  return () => {
    if (!pkg) throw new Error('the CLI package is built before the tests run');
    return pkg;
  };
}
