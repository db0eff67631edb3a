// The page part of the speed budget, measured from outside with Playwright + Chromium against a production
// build (scripts/bench.mjs builds dist-bench/, serves it on BENCH_URL and runs this with tsx). No app hooks:
// documents go in through the real Open file input, keys through the real fields; timings are taken in the
// page with performance.now, rAF and PerformanceObserver (see page-probe.ts). Prints one JSON object.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { benchDocName, generateDocument } from './generate.ts';
import { toXmlStringBuilder } from './string-builder.ts';
import { installBarePage, installImportProbe, installKeyProbe, installLoadProbe } from './page-probe.ts';
import { summarize, type Stats } from './measure.ts';
import { openPart } from './open-part.ts';
import { MAX_IMPORT_BYTES } from '../src/xml/import-limits.ts';

const BASE = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.BENCH_PORT ?? 4471}`;
const DIST = process.env.BENCH_DIST ?? 'dist-bench';
const N = Number(process.env.BENCH_N ?? 1000);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/**
 * BENCH_ONLY=keys: only the keystroke rows (one import for the big document, one first load, the memory steps and
 * the reloads), for iterating on them. BENCH_ONLY=keystrokes: the keystrokes alone (bare page, floor, founding
 * document, N document), as the compiler A/B measures them (bench/compiler-ab.mjs).
 */
const KEYSTROKES_ONLY = process.env.BENCH_ONLY === 'keystrokes';
const ONLY_KEYS = process.env.BENCH_ONLY === 'keys' || KEYSTROKES_ONLY;
const IMPORTS = ONLY_KEYS ? 1 : Number(process.env.BENCH_IMPORTS ?? 5);
const KEYS = Number(process.env.BENCH_KEYS ?? 30);
const RELOADS = Number(process.env.BENCH_RELOADS ?? 3);
const WARMUP_KEYS = 5;
/** Pause between keystrokes: a quick typist (~8 keys/s). */
const KEY_GAP_MS = 120;
const log = (msg: string) => process.stderr.write(`[page] ${msg}\n`);

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));

async function launch(): Promise<Browser> {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (empty IndexedDB, so the first screen is the founding document) on the app, interactive. */
async function openApp(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // tsx (esbuild keepNames) wraps named inner functions in __name(); the page needs a stand-in.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installLoadProbe);
  await page.goto(BASE, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive !== undefined, null, { timeout: 30_000 });
  return { context, page, errors };
}

const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

// ---- first load ----

interface LoadRun {
  dcl: number;
  fcp: number | null;
  formVisible: number;
  interactive: number;
  longestTaskMs: number;
  js: { path: string; start: number }[];
  respondsToTyping: boolean;
}

async function firstLoad(browser: Browser): Promise<LoadRun> {
  const s = await openApp(browser);
  await s.page.waitForTimeout(1500); // let lazy chunks requested right after the first screen arrive
  const data = await s.page.evaluate(() => {
    const b = (window as unknown as { __bench: { interactive: number; formVisible: number; longTasks: { duration: number }[] } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
    return {
      dcl: nav.domContentLoadedEventEnd,
      fcp: fcp ? fcp.startTime : null,
      formVisible: b.formVisible,
      interactive: b.interactive,
      longestTaskMs: Math.max(0, ...b.longTasks.map((t) => t.duration)),
      js,
    };
  });
  const name = s.page.getByTestId('doc-name');
  await name.click();
  await name.press('End');
  await s.page.keyboard.type('Q');
  const respondsToTyping = (await name.inputValue()).endsWith('Q');
  await s.context.close();
  return { ...data, respondsToTyping };
}

function gzipOf(path: string): { raw: number; gzip: number } | null {
  const file = join(DIST, path);
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * Reloads of a page whose saved work holds the N document (open): navigation → interactive as for a first load,
 * the longest task until then and the one-second settling after it (the saved document's first validation and
 * XML come after the first screen).
 */
async function reloadSaved(page: Page, n: number) {
  // The selection is saved too: select the document (Home in the part list) so that the reload opens its form. The
  // selected row is focused, not clicked: a click chooses it, which moves the focus into its form.
  await page.locator('nav [aria-current="true"]').first().focus();
  await page.keyboard.press('Home');
  await page.getByTestId('doc-name').waitFor();
  await page.waitForTimeout(1000);
  await page.getByTestId('save-status').and(page.locator('[data-state="saved"]')).waitFor({ timeout: 60_000 });
  const runs: { interactive: number; longestTaskMs: number; longestTaskAfterMs: number; name: string }[] = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive !== undefined, null, { timeout: 60_000 });
    await page.waitForTimeout(3000);
    runs.push(
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { interactive: number; longTasks: { start: number; duration: number }[] } }).__bench;
        const before = b.longTasks.filter((t) => t.start < b.interactive).map((t) => t.duration);
        const after = b.longTasks.filter((t) => t.start >= b.interactive).map((t) => t.duration);
        const name = (document.querySelector('[data-testid="doc-name"]') as HTMLInputElement | null)?.value ?? '';
        return { interactive: b.interactive, longestTaskMs: Math.max(0, ...before), longestTaskAfterMs: Math.max(0, ...after), name };
      }),
    );
  }
  return {
    runs,
    opened: runs.every((r) => r.name.startsWith(`Bench fleet ${n}`)),
    interactive: summarize(runs.map((r) => r.interactive)),
    longestTaskMs: summarize(runs.map((r) => r.longestTaskMs)),
    longestTaskAfterMs: summarize(runs.map((r) => r.longestTaskAfterMs)),
  };
}

// ---- keystrokes ----

interface KeyRec {
  key: string;
  t0: number;
  task?: number;
  previewAt?: number;
  previewFrame?: number;
  countsAt?: number;
  countsFrame?: number;
  painted?: number;
  handled?: number;
}

export interface KeystrokeResult {
  field: string;
  keys: number;
  /** keydown → the frame after the preview changed, painted. */
  painted: Stats;
  /** keydown → a task queued at keydown runs (after the key's task and, as Chromium orders them, its frame). */
  task: Stats;
  /** keydown → the app has handled the input: render, serialization, validation, the preview's edit (its JS work). */
  handled: Stats;
  /** keydown → the first animation frame that saw the preview changed. */
  preview: Stats;
  lostKeys: number;
  /** For fields whose keys change the problem counts: in how many keys the counts changed in the same frame as the preview. */
  countsSameFrame?: { same: number; of: number };
  countsPainted?: Stats;
}

async function ensureKeyProbe(page: Page): Promise<void> {
  const has = await page.evaluate(() => '__keys' in window);
  if (!has) await page.evaluate(installKeyProbe);
}

/** Types `keys` into the field `testId` (caret at the end), one at a time, and measures each. */
async function typeAndMeasure(page: Page, testId: string, keys: readonly string[], label: string, expectCounts = false): Promise<KeystrokeResult> {
  await ensureKeyProbe(page);
  const field = page.getByTestId(testId);
  await field.click();
  await field.press('End');
  await page.waitForTimeout(300);
  const before = await field.inputValue();
  const startIndex = await page.evaluate(() => (window as unknown as { __keys: { recs: unknown[] } }).__keys.recs.length);
  for (let i = 0; i < keys.length; i++) {
    await page.keyboard.press(keys[i]);
    const n = startIndex + i + 1;
    try {
      await page.waitForFunction(
        (k) => {
          const r = (window as unknown as { __keys: { recs: KeyRec[] } }).__keys.recs[k - 1];
          return r?.painted !== undefined && r.task !== undefined;
        },
        n,
        // Polled by a timer, not per animation frame: a rAF loop in the page would lock its frames to the 60 Hz clock.
        { polling: 25, timeout: 15_000 },
      );
    } catch {
      log(`${label}: key ${i} did not change the preview within 15 s`);
    }
    await page.waitForTimeout(KEY_GAP_MS);
  }
  let expected = before;
  for (const k of keys) expected = k === 'Backspace' ? expected.slice(0, -1) : expected + k;
  const after = await field.inputValue();
  const recs = (await page.evaluate(() => (window as unknown as { __keys: { recs: KeyRec[] } }).__keys.recs)).slice(startIndex);
  const measured = recs.slice(WARMUP_KEYS).filter((r) => r.painted !== undefined);
  const result: KeystrokeResult = {
    field: label,
    keys: measured.length,
    painted: summarize(measured.map((r) => r.painted! - r.t0)),
    task: summarize(measured.filter((r) => r.task !== undefined).map((r) => r.task! - r.t0)),
    handled: summarize(measured.filter((r) => r.handled !== undefined).map((r) => r.handled! - r.t0)),
    preview: summarize(measured.map((r) => r.previewAt! - r.t0)),
    lostKeys: after === expected ? 0 : Math.abs(after.length - expected.length) || 1,
  };
  if (expectCounts) {
    const withCounts = measured.filter((r) => r.countsFrame !== undefined);
    result.countsSameFrame = { same: withCounts.filter((r) => r.countsFrame! <= r.previewFrame!).length, of: measured.length };
    result.countsPainted = summarize(withCounts.map((r) => Math.max(r.countsAt!, r.painted!) - r.t0));
  }
  log(`${label}: p50 ${round(result.painted.median)} ms, p95 ${round(result.painted.p95)} ms (handled p50 ${round(result.handled.median)}, p95 ${round(result.handled.p95)})`);
  return result;
}

const letters = (n: number) => Array.from({ length: n }, (_, i) => 'abcdefghij'[i % 10]);
/** `first`, then `key` and Backspace in turn: a field flipping between valid and invalid, so every key changes the problem counts. */
const toggles = (n: number, key: string, first?: string) => [
  ...(first ? [first] : []),
  ...Array.from({ length: first ? n - 1 : n }, (_, i) => (i % 2 === 0 ? key : 'Backspace')),
];

// ---- import ----

interface ImportRun {
  sizeBytes: number;
  refused?: string;
  toEditableMs?: number;
  toPreviewFullMs?: number;
  progressVisibleMs?: number;
  longestTaskMs: number;
  longTasks: number;
}

/**
 * The file is chosen from disk, as a user does: given as a path, Playwright hands it to Chromium (CDP
 * DOM.setFileInputFiles). Given as a buffer instead, it is base64-decoded by a script in the page, one task
 * that ends just after the change event (~1.2 s for 2.2 MB, ~4 s for 20 MB) and that is no part of the app.
 */
/**
 * A user chooses a file seconds after the page has loaded, when the page's idle-time preparations (the code view,
 * the spare parse worker) are done: an import started the moment the page is interactive would measure the tail
 * of the first load too.
 */
const IDLE_BEFORE_IMPORT_MS = 2000;

async function importFile(page: Page, text: string, name: string, n: number): Promise<ImportRun> {
  await page.waitForTimeout(IDLE_BEFORE_IMPORT_MS);
  await page.evaluate(installImportProbe, { name: benchDocName(n), xmlLength: text.length });
  const startTasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: unknown[] } }).__bench.longTasks.length);
  const dir = mkdtempSync(join(tmpdir(), 'caf-bench-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  // The page reads the file after the change event (a File is backed by the disk): remove it only afterwards.
  try {
    await page.getByTestId('open-file-input').setInputFiles(path);
    await page.waitForFunction(
      () => {
        const r = (window as unknown as { __import: Record<string, unknown> }).__import;
        return r.painted !== undefined || r.refused !== undefined;
      },
      null,
      { timeout: 120_000, polling: 100 },
    );
    await page.waitForTimeout(1500); // trailing work (preview, autosave) still belongs to the import
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Long tasks that end after the change event: the one that dispatches it and every later one.
  const r = await page.evaluate((from) => {
    const imp = (window as unknown as { __import: Record<string, number | string | undefined> }).__import;
    const start = imp.start as number;
    const tasks = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks
      .slice(from)
      .filter((t) => t.start + t.duration > start);
    return { imp, tasks };
  }, startTasks);
  const start = r.imp.start as number;
  const out: ImportRun = {
    sizeBytes: Buffer.byteLength(text),
    longestTaskMs: Math.max(0, ...r.tasks.map((t) => t.duration)),
    longTasks: r.tasks.length,
  };
  if (r.imp.refused !== undefined) out.refused = String(r.imp.refused);
  if (r.imp.painted !== undefined) out.toEditableMs = (r.imp.painted as number) - start;
  if (r.imp.previewFull !== undefined) out.toPreviewFullMs = (r.imp.previewFull as number) - start;
  if (r.imp.progressSeen !== undefined) out.progressVisibleMs = (r.imp.progressSeen as number) - start;
  return out;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** 100 undo steps: one key in the focused field, then blur (which ends the typing run) and focus again. */
async function makeSteps(page: Page, testId: string, steps: number): Promise<boolean> {
  const field = page.getByTestId(testId);
  await field.click();
  await field.press('End');
  const before = await field.inputValue();
  await ensureKeyProbe(page);
  const startIndex = await page.evaluate(() => (window as unknown as { __keys: { recs: unknown[] } }).__keys.recs.length);
  for (let k = 0; k < steps; k++) {
    await page.keyboard.press('abcdefghij'[k % 10]);
    // As a user would: the step is in the preview before the next one starts.
    await page
      .waitForFunction((n) => (window as unknown as { __keys: { recs: KeyRec[] } }).__keys.recs[n - 1]?.painted !== undefined, startIndex + k + 1, { polling: 25, timeout: 15_000 })
      .catch(() => log(`memory step ${k}: the preview did not change`));
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.blur();
      el.focus();
    });
  }
  const after = await field.inputValue();
  // Each key is its own step: two undos remove exactly two characters.
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  const undone = await field.inputValue();
  return after.length === before.length + steps && undone.length === after.length - 2;
}

// ---- main ----

async function main() {
  const browser = await launch();
  const version = browser.version();
  const out: Record<string, unknown> = { n: N, chromium: version, url: BASE };
  try {
    // First load, fresh context each time.
    const loads: LoadRun[] = [];
    if (!KEYSTROKES_ONLY) log(`first load x${LOADS}`);
    for (let i = 0; i < (KEYSTROKES_ONLY ? 0 : ONLY_KEYS ? 1 : LOADS); i++) loads.push(await firstLoad(browser));
    if (loads.length > 0) {
      const last = loads[loads.length - 1];
      const initial = last.js.filter((j) => j.start <= last.interactive);
      const later = last.js.filter((j) => j.start > last.interactive);
      const size = (list: { path: string }[]) =>
        list.reduce((acc, j) => {
          const g = gzipOf(j.path);
          return { raw: acc.raw + (g?.raw ?? 0), gzip: acc.gzip + (g?.gzip ?? 0) };
        }, { raw: 0, gzip: 0 });
      out.firstLoad = {
        runs: loads.length,
        interactive: summarize(loads.map((l) => l.interactive)),
        formVisible: summarize(loads.map((l) => l.formVisible)),
        dcl: summarize(loads.map((l) => l.dcl)),
        fcp: summarize(loads.map((l) => l.fcp ?? NaN)),
        longestTaskMs: summarize(loads.map((l) => l.longestTaskMs)),
        respondsToTyping: loads.every((l) => l.respondsToTyping),
        initialJs: { files: initial.map((j) => ({ path: j.path, ...gzipOf(j.path) })), ...size(initial) },
        laterJs: { files: later.map((j) => ({ path: j.path, ...gzipOf(j.path) })), ...size(later) },
      };
    }

    // The keystroke baseline: a bare page with one input, measured the same way.
    log('keystrokes: bare page (baseline)');
    {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.evaluate('globalThis.__name = (f) => f'); // see openApp
      await page.evaluate(installBarePage);
      for (const key of letters(KEYS)) {
        await page.keyboard.press(key);
        await page.waitForTimeout(KEY_GAP_MS);
      }
      type BareRec = { t0: number; painted?: number; handled?: number };
      const recs = (await page.evaluate(() => (window as unknown as { __bare: BareRec[] }).__bare)).slice(WARMUP_KEYS).filter((r) => (r.painted ?? -1) > 0);
      out.bareKeystrokes = {
        keys: recs.length,
        painted: summarize(recs.map((r) => r.painted! - r.t0)),
        handled: summarize(recs.filter((r) => r.handled !== undefined).map((r) => r.handled! - r.t0)),
      };
      log(`bare page: ${JSON.stringify(out.bareKeystrokes)}`);
      await context.close();
    }

    // The stack's floor (bench/floor/main.tsx, at /floor/): a MUI TextField, zustand and the app's CodeView with
    // one ranged edit per key, measured exactly as the app's Name field.
    log('keystrokes: stack floor (baseline)');
    {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' }); // see openApp
      await page.goto(`${BASE}/floor/`, { waitUntil: 'load' });
      // Not the app's page (which a preview server sends for any unknown path): the floor was not built there.
      if (!(await page.title()).includes('stack floor')) throw new Error(`no floor page at ${BASE}/floor/`);
      await page.locator('[data-testid="xml-preview"] .cm-content').waitFor();
      await page.waitForTimeout(1000);
      out.floorKeystrokes = await typeAndMeasure(page, 'doc-name', letters(KEYS), 'stack floor: MUI TextField + zustand + CodeView');
      await context.close();
    }

    // Keystrokes on the founding document (the first screen).
    log('keystrokes: founding document');
    {
      const s = await openApp(browser);
      const name = await typeAndMeasure(s.page, 'doc-name', letters(KEYS), 'founding: document Name');
      // Priority: '1' is valid, '1x' is not (a root diagnostic).
      const priority = await typeAndMeasure(s.page, 'doc-priority', toggles(KEYS, 'x', '1'), 'founding: Priority (problem counts change)', true);
      out.foundingKeystrokes = { name, priority, pageErrors: s.errors };
      await s.context.close();
    }

    // Import of the N document, IMPORTS times on fresh pages; the last one goes on to keystrokes and memory.
    const xml = toXmlStringBuilder(generateDocument(N));
    log(`import of ${(xml.length / 1e6).toFixed(2)} MB x${IMPORTS}`);
    const imports: ImportRun[] = [];
    let kept: Session | null = null;
    for (let i = 0; i < IMPORTS; i++) {
      const s = await openApp(browser);
      imports.push(await importFile(s.page, xml, `bench-${N}.xml`, N));
      log(`import ${i + 1}: ${JSON.stringify(imports[imports.length - 1])}`);
      if (i < IMPORTS - 1) await s.context.close();
      else kept = s;
    }
    const ok = imports.filter((r) => r.toEditableMs !== undefined);
    out.import = {
      runs: imports,
      toEditable: summarize(ok.map((r) => r.toEditableMs!)),
      toPreviewFull: summarize(ok.filter((r) => r.toPreviewFullMs !== undefined).map((r) => r.toPreviewFullMs!)),
      longestTask: summarize(imports.map((r) => r.longestTaskMs)),
    };

    if (kept && ok.length > 0) {
      const { page } = kept;
      log('keystrokes: big document');
      const heapAfterImport = await heapMB(page);
      await openPart(page, 'nav-document');
      const name = await typeAndMeasure(page, 'doc-name', letters(KEYS), `N=${N}: document Name`);
      const priority = await typeAndMeasure(page, 'doc-priority', toggles(KEYS, 'x', '1'), `N=${N}: Priority (problem counts change)`, true);
      await openPart(page, 'nav-target-0');
      // Renaming a target also re-points the TargetRefs that use it (one variant here).
      const target = await typeAndMeasure(page, 'target-id', letters(KEYS), `N=${N}: Target Id`);
      const vi = N >> 1;
      await openPart(page, `nav-variant-${vi}`);
      const valueField = 'item-0-entry-1-value'; // a string setting of the per-SIM group
      const value = await typeAndMeasure(page, valueField, letters(KEYS), `N=${N}: Setting Value in variant ${vi}`);
      // SmsPageLimit (1..255): '246' valid, '2469' out of range: a diagnostic of one variant part.
      const limit = await typeAndMeasure(page, 'item-1-entry-0-value', toggles(KEYS, '9'), `N=${N}: integer Setting in variant ${vi} (problem counts change)`, true);
      out.bigKeystrokes = { name, priority, target, value, limit };
      if (!KEYSTROKES_ONLY) {
        log('memory: 100 undo steps');
        const t0 = Date.now();
        const stepsVerified = await makeSteps(page, valueField, 100);
        out.memory = { heapAfterImportMB: heapAfterImport, heapWith100StepsMB: await heapMB(page), stepsVerified, stepsSeconds: (Date.now() - t0) / 1000 };
        out.reloadSaved = await reloadSaved(page, N);
        log(`reload with the N=${N} document saved: ${JSON.stringify(out.reloadSaved)}`);
      }
      out.bigPageErrors = kept.errors;
    }
    if (kept) await kept.context.close();

    // A 20 MB file: longest main-thread task and visible progress, if the app accepts it.
    const units = xml.length / N;
    const n20 = Math.ceil((20 * 1024 * 1024) / units);
    if (!ONLY_KEYS) log(`import of a 20 MB file (N=${n20})`);
    if (!ONLY_KEYS) {
      const text = toXmlStringBuilder(generateDocument(n20));
      const s = await openApp(browser);
      out.import20MB = { n: n20, ...(await importFile(s.page, text, `bench-${n20}.xml`, n20)) };
      log(`20 MB: ${JSON.stringify(out.import20MB)}`);
      await s.context.close();
    }
    if (!ONLY_KEYS && (out.import20MB as ImportRun).refused !== undefined) {
      // What the app accepts today, for information: the largest generated file under its import limit.
      const nMax = Math.floor((MAX_IMPORT_BYTES * 0.95) / units);
      log(`import of the largest accepted file (N=${nMax})`);
      const text = toXmlStringBuilder(generateDocument(nMax));
      const s = await openApp(browser);
      out.importLargestAccepted = { n: nMax, ...(await importFile(s.page, text, `bench-${nMax}.xml`, nMax)) };
      log(`largest accepted: ${JSON.stringify(out.importLargestAccepted)}`);
      await s.context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

await main();
