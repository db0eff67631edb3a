// `npm test`: type-check, lint, unit tests, then the Playwright suite against the production build.
// Every step runs even when an earlier one fails, so one run shows everything; the last line sums all suites
// as `N passed, N failed` (type-check and lint count as one check each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

check('type-check', run('type-check', 'npx', ['tsc', '-b', '--pretty', 'false']));
check('lint', run('lint', 'npx', ['eslint', '.', '--max-warnings=0']));

// Unit tests (Vitest), counted from its JSON report.
rmSync('reports/vitest.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const vj = readJson('reports/vitest.json');
if (vj) {
  const p = vj.numPassedTests ?? 0;
  const f = (vj.numFailedTests ?? 0) + (unitOk || vj.numFailedTests ? 0 : 1);
  totals.passed += p;
  totals.failed += f;
  totals.skipped += (vj.numPendingTests ?? 0) + (vj.numTodoTests ?? 0);
  summary.push(`unit: ${p} passed, ${f} failed`);
} else {
  totals.failed += 1;
  summary.push('unit: no report (runner failed)');
}

// Browser tests (Playwright, production build, headless Chromium).
let e2eOk = run('chromium', 'node', ['scripts/ensure-chromium.mjs']);
if (e2eOk) e2eOk = run('production build', 'npx', ['vite', 'build']);
if (e2eOk) {
  rmSync('reports/playwright.json', { force: true });
  const ok = run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json',
  });
  const pj = readJson('reports/playwright.json');
  if (pj && pj.stats) {
    const p = pj.stats.expected ?? 0;
    // A run that failed without a failed test (e.g. the web server did not start) still counts as a failure.
    const f = (pj.stats.unexpected ?? 0) + (ok || pj.stats.unexpected ? 0 : 1);
    totals.passed += p;
    totals.failed += f;
    totals.skipped += pj.stats.skipped ?? 0;
    summary.push(`browser: ${p} passed, ${f} failed`);
  } else {
    totals.failed += 1;
    summary.push('browser: no report (runner failed)');
  }
} else {
  totals.failed += 1;
  summary.push('browser: not run (no Chromium or the build failed)');
}

console.log('\n=== summary');
for (const line of summary) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
