// `npm run fuzz`: the hostile fixtures and the property/fuzz suites of issue 18 (tests/hostile/) with many more
// generated cases than `npm test` runs. Prints a summary (cases tried, slowest case, crashes, documents lost,
// failures) and writes it to reports/fuzz.json. Times are reported, never asserted.
//   npm run fuzz                      FUZZ_RUNS=5000 cases per property
//   FUZZ_RUNS=20000 npm run fuzz      longer
//   FUZZ_SEED=123 npm run fuzz        replay a seed printed by a failure
//   npm run fuzz -- --no-cli          skip the slower caf CLI suite
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const withCli = !process.argv.includes('--no-cli');
/** A hang shows as a run that never ends: stop it and say so. */
const HANG_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 60 * 60 * 1000);

mkdirSync('reports', { recursive: true });
const stats = 'reports/fuzz-stats.jsonl';
const vitestJson = 'reports/fuzz-vitest.json';
rmSync(stats, { force: true });
rmSync(vitestJson, { force: true });

const started = Date.now();
console.log(`fuzz: ${runs} cases per property${process.env.FUZZ_SEED ? `, seed ${process.env.FUZZ_SEED}` : ''}`);
const r = spawnSync(
  'npx',
  ['vitest', 'run', 'tests/hostile/', ...(withCli ? [] : ['--exclude', 'tests/hostile/hostile-cli.test.ts']), '--testTimeout=3600000', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_STATS: stats }, timeout: HANG_MS, killSignal: 'SIGKILL' },
);
const hung = r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL';

const read = (path, parse) => {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};
const tallies = read(stats, (t) => t.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))) ?? [];
const vj = read(vitestJson, JSON.parse);
const failed = (vj?.testResults ?? []).flatMap((f) =>
  f.assertionResults.filter((a) => a.status === 'failed').map((a) => ({ test: a.fullName, message: String(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300) })),
);
const slowest = tallies.reduce((a, b) => (b.slowestMs > (a?.slowestMs ?? -1) ? b : a), null);
const hostile = tallies.find((t) => t.suite === 'hostile fixtures');
const summary = {
  date: new Date().toISOString(),
  runsPerProperty: runs,
  suites: ['tests/hostile/'],
  hostileFixtures: hostile?.cases ?? 0,
  generatedCases: tallies.filter((t) => t !== hostile).reduce((n, t) => n + t.cases, 0),
  slowest: slowest ? { suite: slowest.suite, case: slowest.slowestCase, ms: Math.round(slowest.slowestMs) } : null,
  crashes: tallies.reduce((n, t) => n + t.crashes, 0),
  documentsLost: tallies.reduce((n, t) => n + t.lost, 0),
  hung,
  tests: vj ? { passed: vj.numPassedTests, failed: vj.numFailedTests } : null,
  failures: failed,
  perSuite: tallies.map((t) => ({ suite: t.suite, cases: t.cases, slowestMs: Math.round(t.slowestMs), slowestCase: t.slowestCase, crashes: t.crashes, lost: t.lost, seed: t.seed })),
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
writeFileSync('reports/fuzz.json', `${JSON.stringify(summary, null, 2)}\n`);

console.log('\n=== fuzz summary (reports/fuzz.json)');
for (const t of summary.perSuite) console.log(`${String(t.cases).padStart(8)} cases  slowest ${String(t.slowestMs).padStart(6)} ms  ${t.suite}${t.seed !== undefined ? ` (seed ${t.seed})` : ''}`);
console.log(`hostile fixtures: ${summary.hostileFixtures}, generated cases: ${summary.generatedCases}`);
if (summary.slowest) console.log(`slowest: ${summary.slowest.ms} ms, ${summary.slowest.suite}: ${summary.slowest.case}`);
console.log(`crashes: ${summary.crashes}, documents lost: ${summary.documentsLost}${hung ? ', HUNG (stopped)' : ''}`);
console.log(`tests: ${summary.tests ? `${summary.tests.passed} passed, ${summary.tests.failed} failed` : 'no report'}`);
for (const f of failed) console.log(`  FAILED ${f.test}: ${f.message}`);
console.log(`wall time: ${summary.wallSeconds} s`);
process.exitCode = hung || failed.length || summary.crashes || summary.documentsLost || r.status !== 0 ? 1 : 0;
