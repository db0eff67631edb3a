// BENCH_ONLY=compiler npm run bench: what the React Compiler buys at a keystroke (issue 19, point 4).
// Two production builds of the same code, with the compiler (vite.config.ts as it is) and without it
// (REACT_COMPILER=0), each with its stack-floor page built the same way; then the keystroke rows (bare page,
// floor, founding document, N document: page.bench.ts with BENCH_ONLY=keystrokes) against each in turn, in the
// order A B, B A, A B… so that the machine's load falls on both alike. Each round rebuilds both variants and times
// the builds, with a third build timed that runs the compiler over every module (COMPILER_ALL=1, as before its
// Babel pass was restricted). BENCH_AB_ROUNDS (default 3) sets the rounds. Writes `compilerAB` into
// bench/results.json (the rest of the file is kept) and prints a table.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIG_FACTOR, FOUNDING_FACTOR, keystrokeFigures } from './keystroke-rows.mjs';
import { URL_, buildPage, startServer, stopServer } from './page-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_N ?? 1000);
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 3);
const say = (m) => process.stderr.write(`[compiler A/B] ${m}\n`);
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const r1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10);
const r2 = (x) => Math.round(x * 100) / 100;
const median = (xs) => {
  const s = xs.filter((x) => x !== null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const VARIANTS = [
  { key: 'compiler', label: 'with the React Compiler', env: {}, dist: 'dist-ab-compiler' },
  { key: 'noCompiler', label: 'without it (REACT_COMPILER=0)', env: { REACT_COMPILER: '0' }, dist: 'dist-ab-plain' },
];
const ALL = { env: { COMPILER_ALL: '1' }, dist: 'dist-ab-all' };

function pageKeystrokes(variant) {
  const env = { ...process.env, BENCH_N: String(N), BENCH_URL: URL_, BENCH_DIST: join(root, variant.dist), BENCH_ONLY: 'keystrokes' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/page.bench.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`page.bench.ts failed (exit ${r.status}) against the build ${variant.label}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const buildSummary = (bs) => ({
  appBuildSeconds: r1(median(bs.map((b) => b.appSeconds))),
  appBuildCpuSeconds: r1(median(bs.map((b) => b.appCpuSeconds))),
  floorBuildSeconds: r1(median(bs.map((b) => b.floorSeconds))),
});

const started = Date.now();
const loadAtStart = load();
const builds = { compiler: [], noCompiler: [], compilerAllModules: [] };
const runs = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const v of order) {
      say(`round ${round + 1}: build ${v.label}…`);
      builds[v.key].push({ ...buildPage(root, v.dist, v.env), load: load() });
    }
    say(`round ${round + 1}: build with the compiler over every module (timing only)…`);
    builds.compilerAllModules.push({ ...buildPage(root, ALL.dist, ALL.env), load: load() });
    rmSync(join(root, ALL.dist), { recursive: true, force: true });
    for (const v of order) {
      say(`round ${round + 1}: keystrokes ${v.label}…`);
      await startServer(root, v.dist);
      const loadBefore = load();
      const page = pageKeystrokes(v);
      stopServer();
      const fig = keystrokeFigures(page);
      runs.push({ round: round + 1, variant: v.key, loadBefore, loadAfter: load(), ...fig, page });
      say(`${v.key}: floor p95 ${r1(fig.floorP95)}, founding p95 ${r1(fig.foundingP95)}, N=${N} worst p95 ${r1(fig.bigP95)} ms`);
    }
  }
} finally {
  stopServer();
  for (const d of [...VARIANTS.map((v) => v.dist), ALL.dist]) rmSync(join(root, d), { recursive: true, force: true });
}

// ---- summary: medians over the rounds, and of the per-run ratios to that run's floor ----
const summary = {};
for (const v of VARIANTS) {
  const rs = runs.filter((r) => r.variant === v.key);
  const m = (f) => median(rs.map(f));
  summary[v.key] = {
    label: v.label,
    runs: rs.length,
    floorP95: m((r) => r.floorP95),
    foundingP95: m((r) => r.foundingP95),
    foundingP50: m((r) => r.foundingP50),
    foundingHandledP95: m((r) => r.foundingHandledP95),
    foundingOverFloor: m((r) => r.foundingP95 / r.floorP95),
    bigP95: m((r) => r.bigP95),
    bigP50: m((r) => r.bigP50),
    bigHandledP95: m((r) => r.bigHandledP95),
    bigHandledP50: m((r) => r.bigHandledP50),
    bigOverFloor: m((r) => r.bigP95 / r.floorP95),
    ...buildSummary(builds[v.key]),
  };
}
summary.compilerAllModules = buildSummary(builds.compilerAllModules);

const compilerAB = {
  date: new Date().toISOString(),
  n: N,
  rounds: ROUNDS,
  seconds: Math.round((Date.now() - started) / 1000),
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: load(),
  budgets: { foundingOverFloor: FOUNDING_FACTOR, bigOverFloor: BIG_FACTOR },
  summary,
  builds,
  // Per run: the figures, without the page's raw output (its keystroke stats are kept, the rest is noise here).
  runs: runs.map(({ page, ...r }) => ({ ...r, keystrokes: { bare: page.bareKeystrokes, floor: page.floorKeystrokes, founding: page.foundingKeystrokes, big: page.bigKeystrokes } })),
};
const path = join(root, 'bench/results.json');
const results = JSON.parse(readFileSync(path, 'utf8'));
results.compilerAB = compilerAB;
writeFileSync(path, JSON.stringify(results, null, 2) + '\n');

// ---- table ----
const ms = (x) => (x === null ? '–' : `${r1(x)} ms`);
const x = (v) => (v === null ? '–' : `${r2(v)}×`);
const lines = [
  `React Compiler A/B, N=${N}: ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} (A B, B A, …), ${compilerAB.seconds} s; load average ${loadAtStart.join(' ')} → ${compilerAB.loadAverageAtEnd.join(' ')}; medians over the rounds`,
  '',
  '| variant | app build, wall (CPU) | floor p95 | founding p95 | founding / floor | N worst p95 | N / floor | founding p50 | N worst p50 | handled p95 (founding, N) | N handled p50 (worst field) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...VARIANTS.map((v) => {
    const s = summary[v.key];
    return `| ${s.label} | ${s.appBuildSeconds} s (${s.appBuildCpuSeconds} s) | ${ms(s.floorP95)} | ${ms(s.foundingP95)} | ${x(s.foundingOverFloor)} | ${ms(s.bigP95)} | ${x(s.bigOverFloor)} | ${ms(s.foundingP50)} | ${ms(s.bigP50)} | ${ms(s.foundingHandledP95)}, ${ms(s.bigHandledP95)} | ${ms(s.bigHandledP50)} |`;
  }),
  '',
  `App build with the compiler over every module (before its Babel pass was restricted): ${summary.compilerAllModules.appBuildSeconds} s wall, ${summary.compilerAllModules.appBuildCpuSeconds} s CPU (medians of ${ROUNDS}).`,
  '',
  '| round | variant | load before | floor p95 | founding p95 | N worst p95 | founding p50 | N worst p50 | N handled p50 |',
  '|---|---|---|---|---|---|---|---|---|',
  ...runs.map((r) => `| ${r.round} | ${r.variant} | ${r.loadBefore.join(' ')} | ${ms(r.floorP95)} | ${ms(r.foundingP95)} | ${ms(r.bigP95)} | ${ms(r.foundingP50)} | ${ms(r.bigP50)} | ${ms(r.bigHandledP50)} |`),
];
process.stdout.write(lines.join('\n') + '\n');
