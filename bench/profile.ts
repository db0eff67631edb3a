// Where the page's time goes: a CPU profile (Chrome DevTools Protocol) of keystrokes in one field, or of one
// import, summarized as self time per function and per script. Not part of npm run bench; run it against a
// served build when a budget row misses:
//   BENCH_URL=http://127.0.0.1:4471 npx tsx bench/profile.ts keys doc-name [N]
//   BENCH_URL=http://127.0.0.1:4471 npx tsx bench/profile.ts import [N]
//   BENCH_URL=http://127.0.0.1:4471 npx tsx bench/profile.ts load   (a fresh first load, until the form is visible)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { generateDocument } from './generate.ts';
import { toXmlStringBuilder } from './string-builder.ts';
import { openPart } from './open-part.ts';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4471';
const [mode = 'keys', arg1 = 'doc-name', arg2] = process.argv.slice(2);
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild keepNames) wraps named inner functions in __name(); the page needs a stand-in.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  if (mode === 'load') return summarize(await profileLoad(page), browser);
  await page.goto(BASE);
  await page.getByTestId('doc-name').waitFor();
  await page.waitForTimeout(2500); // the code view is created when the page is idle: not part of what is profiled
  const n = Number(mode === 'keys' ? arg2 : arg1) || 0;
  const xml = n > 0 ? toXmlStringBuilder(generateDocument(n)) : '';
  // A path, not a buffer: Playwright decodes a buffer in the page (a long task that is no part of the app).
  const dir = mkdtempSync(join(tmpdir(), 'caf-profile-'));
  const file = join(dir, 'p.xml');
  writeFileSync(file, xml);
  if (mode === 'keys' && n > 0) {
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.waitForFunction((name) => (document.querySelector('[data-testid="doc-name"]') as HTMLInputElement | null)?.value === name, `Bench fleet ${n}`, { timeout: 60_000 });
    await page.waitForTimeout(2000);
  }
  // PART=nav-target-0 selects a part first; PART=END selects the last one (the list is virtual).
  const part = process.env.PART;
  if (part === 'END') {
    await page.getByTestId('nav-document').click();
    await page.keyboard.press('End');
  } else if (part) await openPart(page, part);
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (mode === 'keys') {
    const field = page.getByTestId(arg1);
    await field.click();
    await field.press('End');
    await cdp.send('Profiler.start');
    // SEQ=9,Backspace types those keys in turn (e.g. a value that flips between valid and invalid).
    const seq = process.env.SEQ ? process.env.SEQ.split(',') : 'abcdefghij'.split('');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(seq[i % seq.length]);
      await page.waitForTimeout(120);
    }
  } else {
    await cdp.send('Profiler.start');
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.waitForFunction((name) => (document.querySelector('[data-testid="doc-name"]') as HTMLInputElement | null)?.value === name, `Bench fleet ${n}`, { timeout: 60_000 });
    await page.waitForTimeout(1500);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  rmSync(dir, { recursive: true, force: true });
  await summarize(profile, browser);
}

/** A fresh page's load, profiled from before navigation until the document form's Name field is visible. */
async function profileLoad(page: Page): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(BASE);
  await page.getByTestId('doc-name').waitFor();
  return ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
}

async function summarize(profile: Profile, browser: Browser) {
  await browser.close();
  const byNode = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map<number, number>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
  // Inclusive time per function name (a sample counts once per function on its stack): component names in an
  // unminified build (vite build --minify false) show what each part of the tree costs.
  const total = new Map<string, number>();
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const nd = byNode.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = nd.callFrame;
    const script = f.url ? f.url.replace(/^.*\/assets\//, '') : `(${f.functionName || 'native'})`;
    const key = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byNode.get(cur)!.callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  if (process.env.PATH_OF) {
    // Stacks through a function: PATH_OF=EditorView prints the heaviest call paths that pass through it.
    const paths = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const chain: string[] = [];
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byNode.get(cur)!.callFrame.functionName || '?');
      const at = chain.indexOf(process.env.PATH_OF!);
      if (at < 0) return;
      // BELOW=1: the callees under it (what it spends its time on) instead of the callers above it.
      const key = process.env.BELOW
        ? chain.slice(0, at + 1).reverse().slice(0, 8).join(' > ')
        : chain.slice(at).reverse().filter((_f, j, a) => j < 14 || j > a.length - 4).join(' > ');
      paths.set(key, (paths.get(key) ?? 0) + dt);
    });
    for (const [k, ms] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PATHS ?? 3))) console.log(`${ms.toFixed(1)} ms: ${k}\n`);
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log(`self time by script (${mode} ${arg1} ${arg2 ?? ''}):\n${top(byScript, 12).join('\n')}\n\ntop functions:\n${top(self, 25).join('\n')}\n\ninclusive:\n${top(total, Number(process.env.TOP ?? 40)).join('\n')}`);
}

await main();
