// Regenerates the README's screenshots (docs/screenshots/*.png): builds the app, then runs
// e2e/screenshots.spec.ts with SCREENSHOT_DIR=docs/screenshots and the README's views. `npm test` never runs
// this: its e2e run writes the same pictures (every view, both themes) to the git-ignored screenshots/.
// E2E_PORT and E2E_DIST are passed on (as for the suite), so it can run beside another build.

import { spawnSync } from 'node:child_process';

export const README_VIEWS = ['target-light', 'target-dark', 'settings-matrix-light', 'simulator-dark'];

const dist = process.env.E2E_DIST ?? 'dist';
const env = { ...process.env, E2E_DIST: dist, SCREENSHOT_DIR: 'docs/screenshots', SCREENSHOT_VIEWS: README_VIEWS.join(',') };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(process.execPath, ['scripts/ensure-chromium.mjs']);
run('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn']);
run('npx', ['playwright', 'test', 'e2e/screenshots.spec.ts']);
console.log(`screenshots: wrote ${README_VIEWS.map((v) => `docs/screenshots/${v}.png`).join(', ')}`);
