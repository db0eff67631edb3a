#!/usr/bin/env node
// npm run bench: the speed budget of issue 6, measured on this machine. Not part of npm test.
// 1. Node (tsx, --expose-gc): serialize / parse / validate / one keystroke's JS work (bench/node.bench.ts) and
//    memory with 100 undo steps (bench/memory.bench.ts, its own process, twice: with and without the preview).
// 2. A production build in dist-bench/, served by `vite preview` on BENCH_PORT (default 4471; started and stopped
//    here, bench/page-server.mjs), and Playwright + Chromium for the page (bench/page.bench.ts). The keystroke rows
//    are judged against the stack floor (bench/floor/) measured in the same run (bench/keystroke-rows.mjs).
// 3. The `caf` command: dist-cli/ built (as `npm run build:cli` does), then `caf check` on a small file, start to
//    exit, against `node -e 0` (bench/cli.bench.mjs, plain JavaScript).
// 4. bench/results.json (machine, raw numbers, rows) and a Markdown table on stdout (pasted into README).
// BENCH_N sets the document size (default 1000); BENCH_SKIP_PAGE=1 runs the Node parts only; BENCH_ONLY=cli
// measures only the `caf` row and replaces that row (and `cli`) in the existing bench/results.json;
// BENCH_ONLY=compiler runs the React Compiler A/B (bench/compiler-ab.mjs) and stores it as `compilerAB` there.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CLI_ROW, cliRow } from '../bench/cli-row.mjs';
import { FRAME_MS as FRAME, keystrokeRows } from '../bench/keystroke-rows.mjs';
import { URL_, buildPage, startServer, stopServer } from '../bench/page-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_N ?? 1000);
const DIST = 'dist-bench';
const started = Date.now();
const env = { ...process.env, BENCH_N: String(N), BENCH_URL: URL_, BENCH_DIST: join(root, DIST) };
const say = (m) => process.stderr.write(`[bench] ${m}\n`);

/** Runs a Node script (through tsx) and returns the JSON object it printed last. */
function runJson(args, label) {
  say(`${label}…`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
  const line = r.stdout.trim().split('\n').pop();
  return JSON.parse(line);
}

/** Builds the `caf` bundle where bin/caf.js looks for it, and times it. */
function measureCli() {
  say('CLI bundle: vite build --config vite.cli.config.ts…');
  const b = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('vite build of the CLI failed');
  return runJson(['bench/cli.bench.mjs'], 'CLI: caf check on a small file, start to exit');
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

if (process.env.BENCH_ONLY === 'compiler') {
  await import('../bench/compiler-ab.mjs');
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'cli') {
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const cli = measureCli();
  const measured = { date: new Date().toISOString(), node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  const path = join(root, 'bench/results.json');
  const results = JSON.parse(readFileSync(path, 'utf8'));
  const r = cliRow(cli);
  const rows = results.rows.filter((x) => x.name !== CLI_ROW);
  results.rows = [...rows, { ...r, note: `${r.note}; measured alone (BENCH_ONLY=cli) on ${measured.date}, load average ${loadAverageAtStart.join(' ')} → ${measured.loadAverageAtEnd.join(' ')}` }];
  results.cli = { ...cli, measured };
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  const last = results.rows.at(-1);
  process.stdout.write(`| ${last.name} | ${last.budget} | ${last.measured} | ${last.ratio}× | ${last.status} | ${last.note} |\n`);
  process.exit(0);
}

function chromiumVersion() {
  for (const bin of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim().split('\n').pop();
  }
  return null;
}

// ---- run ----
const machine = {
  date: new Date().toISOString(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: null,
  loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  loadAverageAtEnd: null,
};

const nodeRes = runJson(['--expose-gc', '--import', 'tsx', 'bench/node.bench.ts'], 'Node: serialize, parse, validate');
const memory = runJson(['--expose-gc', '--import', 'tsx', 'bench/memory.bench.ts'], 'Node: memory with 100 undo steps');
const memoryJoined = runJson(['--expose-gc', '--import', 'tsx', 'bench/memory.bench.ts', '--joined'], 'Node: memory, joined toXml each step');
const memoryNoPreview = runJson(['--expose-gc', '--import', 'tsx', 'bench/memory.bench.ts', '--no-preview'], 'Node: memory without the preview');
const cli = measureCli();

let page = null;
let pageError = null;
if (!process.env.BENCH_SKIP_PAGE) {
  say(`production build in ${DIST}/ (and the floor page in ${DIST}/floor/)…`);
  buildPage(root, DIST);
  await startServer(root, DIST);
  try {
    page = runJson(['--import', 'tsx', 'bench/page.bench.ts'], `page: Chromium against ${URL_}`);
  } catch (e) {
    pageError = String(e);
    say(pageError);
  } finally {
    stopServer();
    // `eslint .` (part of npm test) does not ignore dist-bench/: never leave the minified build in the tree.
    if (!process.env.BENCH_KEEP_DIST) rmSync(join(root, DIST), { recursive: true, force: true });
  }
}
machine.chromium = page?.chromium ?? chromiumVersion();
machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---- rows ----
const r1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10);
const rows = [];
function row(name, budget, measured, ratio, pass, note = '') {
  rows.push({ name, budget, measured, ratio: ratio === null ? null : Math.round(ratio * 100) / 100, status: pass === null ? 'not measured' : pass ? 'pass' : 'MISS', note });
}
const notMeasurable = (name, budget, reason) => rows.push({ name, budget, measured: `not measurable yet: ${reason}`, ratio: null, status: 'not measurable yet', note: '' });

if (page) {
  rows.push(...keystrokeRows(page, N));
  const imp = page.import;
  if (imp.toEditable.runs > 0)
    row(`import of the N=${N} document (${r1(nodeRes.xmlBytes / 1e6)} MB) → editable, median`, '≤ 300 ms', `${r1(imp.toEditable.median)} ms`, imp.toEditable.median / 300, imp.toEditable.median <= 300,
      `longest task ${r1(imp.longestTask.median)} ms; preview holds the whole text after ${r1(imp.toPreviewFull.median)} ms`);
  else notMeasurable('import → editable', '≤ 300 ms', imp.runs[0]?.refused ?? 'the import did not finish');
  const big = page.import20MB;
  if (!big) notMeasurable('20 MB import: longest main-thread task, progress visible', '≤ 100 ms, progress shown', 'skipped (BENCH_ONLY=keys)');
  else if (big.refused) notMeasurable('20 MB import: longest main-thread task, progress visible', '≤ 100 ms, progress shown', `the app refuses it ("${big.refused}")`);
  else
    row('20 MB import: longest main-thread task, progress visible', '≤ 100 ms, progress shown', `${r1(big.longestTaskMs)} ms, progress ${big.progressVisibleMs !== undefined ? 'shown' : 'not seen'}`,
      big.longestTaskMs / 100, big.longestTaskMs <= 100 && big.progressVisibleMs !== undefined, `editable after ${r1(big.toEditableMs)} ms`);
}
const s = nodeRes.serialize;
row('single-field change → new XML (cached toXml, xmlbuilder2) vs string builder, whole document', '≤ 1.5× baseline', `${r1(s.toXmlSingle.median)} ms vs ${r1(s.stringBuilderFull.median)} ms`,
  s.toXmlSingle.median / s.stringBuilderFull.median, s.toXmlSingle.median <= 1.5 * s.stringBuilderFull.median,
  `medians, Node; uncached xmlbuilder2 ${r1(s.xmlbuilder2Full.median)} ms = ${r1(s.xmlbuilder2Full.median / s.stringBuilderFull.median)}× baseline`);
const v = nodeRes.validate;
row('diagnostics after one change (createValidator, Node), p95', '≤ 16 ms (one frame)', `${r1(v.single.p95)} ms`, v.single.p95 / FRAME, v.single.p95 <= 16,
  `median ${r1(v.single.median)} ms; full validate ${r1(v.full.median)} ms`);
if (page) {
  const fl = page.firstLoad;
  row('first load → interactive (localhost), median', '≤ 500 ms', `${r1(fl.interactive.median)} ms`, fl.interactive.median / 500, fl.interactive.median <= 500,
    `form visible ${r1(fl.formVisible.median)} ms, DCL ${r1(fl.dcl.median)} ms, FCP ${r1(fl.fcp.median)} ms, ${fl.runs} fresh loads`);
  row('initial JavaScript, gzip', '≤ 300 KB', `${r1(fl.initialJs.gzip / 1024)} KB`, fl.initialJs.gzip / 1024 / 300, fl.initialJs.gzip / 1024 <= 300,
    `${fl.initialJs.files.length} files requested before interactive; ${r1(fl.laterJs.gzip / 1024)} KB later`);
  const rl = page.reloadSaved;
  if (rl)
    row(`reload with the N=${N} document saved and open → interactive, median`, '≤ 500 ms (as a first load)', `${r1(rl.interactive.median)} ms`, rl.interactive.median / 500,
      rl.opened && rl.interactive.median <= 500,
      `longest task before interactive ${r1(rl.longestTaskMs.median)} ms, in the 3 s after ${r1(rl.longestTaskAfterMs.median)} ms (medians); ${rl.runs.length} reloads (HTTP cache warm); opened the saved document: ${rl.opened}`);
  if (page.memory)
    row(`memory: N=${N} document + 100 undo steps, page JS heap`, '≤ 200 MB', `${r1(page.memory.heapWith100StepsMB)} MB`, page.memory.heapWith100StepsMB / 200, page.memory.heapWith100StepsMB <= 200,
      `after import ${r1(page.memory.heapAfterImportMB)} MB; steps verified: ${page.memory.stepsVerified}`);
}
row(`memory: N=${N} model + preview + diagnostics + 100 undo steps (Node heap)`, '≤ 200 MB', `${r1(memory.heapMB.with100UndoSteps)} MB`, memory.heapMB.with100UndoSteps / 200, memory.heapMB.with100UndoSteps <= 200,
  `preview pieces each step (as the app): ${r1(memory.heapMB.perUndoStepKB)} KB per step; joined toXml each step ${r1(memoryJoined.heapMB.with100UndoSteps)} MB; no serialization ${r1(memoryNoPreview.heapMB.with100UndoSteps)} MB`);
rows.push(cliRow(cli));

// The compiler A/B (BENCH_ONLY=compiler) is a run of its own: kept from the previous results.
const resultsPath = join(root, 'bench/results.json');
const compilerAB = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')).compilerAB : undefined;
const results = { machine, n: N, seconds: Math.round((Date.now() - started) / 1000), rows, node: nodeRes, memory, memoryJoined, memoryNoPreview, cli, page, pageError, compilerAB };
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');

// ---- table ----
const lines = [
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; ${machine.chromium ?? 'no Chromium'}; load average ${machine.loadAverageAtStart.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}; ${machine.date}; ${results.seconds} s`,
  '',
  '| budget row | budget | measured | ratio | result | notes |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.budget} | ${r.measured} | ${r.ratio === null ? '–' : `${r.ratio}×`} | ${r.status} | ${r.note} |`),
];
if (page?.bigKeystrokes || page?.foundingKeystrokes) {
  const floor = page.floorKeystrokes;
  const xFloor = (k) => (floor ? `${Math.round((k.painted.p95 / floor.painted.p95) * 100) / 100}×` : '–');
  lines.push('', '| keystroke field | p50 painted | p95 painted | p95 × floor | p50 handled | p95 handled | lost keys |', '|---|---|---|---|---|---|---|');
  const bare = page.bareKeystrokes;
  if (bare) lines.push(`| baseline: bare page, one input writing a text node | ${r1(bare.painted.median)} ms | ${r1(bare.painted.p95)} ms | ${xFloor(bare)} | ${r1(bare.handled.median)} ms | ${r1(bare.handled.p95)} ms | – |`);
  if (floor) lines.push(`| baseline: stack floor, MUI TextField + zustand + the app's CodeView (bench/floor) | ${r1(floor.painted.median)} ms | ${r1(floor.painted.p95)} ms | 1× | ${r1(floor.handled.median)} ms | ${r1(floor.handled.p95)} ms | ${floor.lostKeys} |`);
  for (const k of [...Object.values(page.foundingKeystrokes).filter((x) => x && x.painted), ...Object.values(page.bigKeystrokes ?? {})])
    lines.push(`| ${k.field} | ${r1(k.painted.median)} ms | ${r1(k.painted.p95)} ms | ${xFloor(k)} | ${k.handled ? `${r1(k.handled.median)} ms` : '–'} | ${k.handled ? `${r1(k.handled.p95)} ms` : '–'} | ${k.lostKeys} |`);
}
lines.push('', `| Node, N=${N} (${r1(nodeRes.xmlBytes / 1e6)} MB) | median | p95 | × string builder |`, '|---|---|---|---|');
const base = s.stringBuilderFull.median;
const nrow = (label, st) => lines.push(`| ${label} | ${r1(st.median)} ms | ${r1(st.p95)} ms | ${r1(st.median / base)}× |`);
nrow('string builder, whole document (baseline)', s.stringBuilderFull);
nrow('xmlbuilder2, whole document, one pass (toXmlUncached)', s.xmlbuilder2Full);
nrow('toXml, cold cache (every part built)', s.toXmlCold);
nrow('toXml after a single-field change', s.toXmlSingle);
nrow('toXml join alone (no part rebuilt)', s.toXmlJoinOnly);
nrow('toXmlPieces after a single-field change (the preview\'s path)', s.toXmlPiecesSingle);
nrow('diffText of the joined old and new text', nodeRes.previewDiff);
nrow('diffPieces (the preview\'s diff)', nodeRes.previewDiffPieces);
nrow('parse (fromXml)', nodeRes.parse);
nrow('validate, whole document', v.full);
nrow('createValidator, first call', v.cold);
nrow('createValidator after one change', v.single);
nrow('one keystroke: store action + toXmlPieces + validate + diffPieces', nodeRes.keystrokePipeline);
lines.push('', `Byte-identical string builder and toXmlUncached: ${nodeRes.equality.byteEqual}; parse → toXml round trip identical: ${nodeRes.roundTrip}.`);
if (pageError) lines.push('', `Page part failed: ${pageError}`);
process.stdout.write(lines.join('\n') + '\n');
