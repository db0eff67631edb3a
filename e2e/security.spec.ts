// Issue 18, security: the production build satisfies its Content-Security-Policy (scripts/csp.ts) while a user
// imports, edits, shares and downloads; no request leaves the page's origin; no site can frame the app; markup and
// script text in a file is shown as text and never runs.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { ImportPage } from './pages/import-page.ts';
import { watchSecurity } from './support/security-watch.ts';
import { cspHeader, cspMeta } from '../scripts/csp.ts';
import { hostileAnswerFile, PAYLOAD_HOST } from './support/hostile-markup.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('import, edit, share and download: no policy violation, no request off the origin', async ({ page, context, baseURL }) => {
  const watch = await watchSecurity(context);
  const origin = new URL(baseURL!).origin;

  // The document response carries the policy as a header (with frame-ancestors) and the page as <meta> (without).
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(cspHeader());
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', cspMeta());

  const editor = new EditorPage(page);
  const imp = new ImportPage(page);
  await expect(editor.tid('document-form')).toBeVisible();

  // Import (the parse worker runs), edit, share, download.
  await imp.openByPicker('kept.xml');
  await expect(imp.reportDialog()).toContainText('Opened “kept.xml”');
  await imp.closeReport();
  expect(imp.parseWorkers().map((w) => new URL(w.url()).origin)).toEqual([origin]);
  await editor.fill(editor.docName(), 'Edited');
  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 1), '260');
  await expect(editor.tid('copy-link')).toHaveAttribute('data-state', 'ok');
  await editor.tid('copy-link').click();
  await expect(imp.toast()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const downloaded = await editor.download();
  expect(downloaded.text).toContain('Name="Edited"');

  expect(await watch.violations(page), 'securitypolicyviolation events').toEqual([]);

  // The link opens in a second tab of the same browser, under the same policy.
  const second = await context.newPage();
  await second.goto(link);
  await expect(new EditorPage(second).docName()).toHaveValue('Edited');
  expect(await watch.violations(second), 'violations while opening the link').toEqual([]);
  await second.close();

  expect(watch.cspConsole, 'CSP errors in the console').toEqual([]);
  expect(watch.requests.length).toBeGreaterThan(0);
  expect(watch.foreignRequests(origin), 'requests that left the origin').toEqual([]);
  expect(watch.dialogs).toEqual([]);
});

test('no site can frame the app, not even its own origin (frame-ancestors)', async ({ page, baseURL }) => {
  // A page that frames the app, served by the test. It stands on the app's own origin: frame-ancestors 'none'
  // refuses every framer, and a framer of another origin would be stopped earlier here by Chrome's local-network
  // checks (a page the test serves counts as public, the app is on 127.0.0.1), proving nothing about the policy.
  const framer = `${baseURL}/__framer`;
  await page.route(framer, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe id="app" src="${baseURL}/" width="800" height="600"></iframe>` }),
  );
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors 'none'/.test(m.text())) refused.push(m.text());
  });
  const blocked = page.waitForEvent('requestfailed', (r) => r.url() === `${baseURL}/`);
  await page.goto(framer);
  expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
  await expect.poll(() => refused.length, { message: 'the console says why' }).toBeGreaterThan(0);
  // Nothing of the app was rendered inside the frame.
  expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}/`);
  await expect(page.frameLocator('#app').getByTestId('document-form')).toHaveCount(0);
});

test('script and markup text in a file is shown as text and never runs', async ({ page, context, baseURL }) => {
  const watch = await watchSecurity(context);
  const origin = new URL(baseURL!).origin;
  const editor = new EditorPage(page);
  const imp = new ImportPage(page);
  await editor.open();

  await imp.openFileText('hostile.xml', hostileAnswerFile());
  // The report lists the unknown markup by name, as text.
  await expect(imp.reportDialog()).toContainText('Opened “hostile.xml”');
  await expect(imp.report()).toContainText('<script>');
  await expect(imp.report()).toContainText('<img>');
  await imp.closeReport();

  // Forms: the values are in the fields, exactly as written.
  await expect(editor.docName()).toHaveValue(`<img src="${PAYLOAD_HOST}/name.png" onerror="window.__pwned='name'">`);
  await editor.openTarget(0);
  await expect(editor.conditionValue(0, 0)).toHaveValue("javascript:window.__pwned='condition'");
  await editor.openVariant(0);
  await expect(editor.entryValue(0, 0)).toHaveValue("<script>window.__pwned='value'</script>");
  await expect(editor.entryName(0, 0)).toHaveValue(`<svg onload="window.__pwned='setting'">`);
  await editor.openStatic();

  // The problems panel quotes the markup as text.
  await expect(editor.tid('diagnostics-panel')).toContainText('<svg onload=');
  // The preview shows the file's text, comments and unknown elements included.
  const preview = await imp.previewText();
  expect(preview).toContain(`<!-- <img src="${PAYLOAD_HOST}/comment.png" onerror="window.__pwned='comment'"> -->`);
  expect(preview).toContain('<script xmlns="http://www.w3.org/1999/xhtml">');
  await editor.preview().locator('.cm-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));

  // Nothing ran, nothing was fetched from the payloads' host, nothing was refused by the policy either: no
  // element of the file became markup that would have needed it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(await watch.violations(page)).toEqual([]);
  expect(watch.foreignRequests(origin)).toEqual([]);
  expect(await page.locator(`img[src^="${PAYLOAD_HOST}"], svg[onload], script:not([src])`).count()).toBe(0);
});

test('the built files: no inline script, no eval, no worker from a blob or data URL', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).toContain(`content="${cspMeta().replace(/'/g, '&#39;')}"`);
  const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(0);
  const offences: string[] = [];
  for (const file of chunks) {
    const code = readFileSync(join(DIST, 'assets', file), 'utf8');
    const rules: [string, RegExp][] = [
      ['eval', /(?<![\w$.])eval\s*\(/],
      ['new Function', /\bnew Function\s*\(/],
      ['worker from a blob URL', /new (?:Shared)?Worker\([^;]{0,80}createObjectURL/],
      ['worker from a data URL', /new (?:Shared)?Worker\(\s*[`'"]data:/],
    ];
    for (const [what, re] of rules) if (re.test(code)) offences.push(`${file}: ${what}`);
  }
  expect(offences).toEqual([]);
});

test('the watch itself: markup injected into the page is refused by the policy and recorded', async ({ page, context, baseURL }) => {
  // Proves the journeys above would see a payload that became markup: this one is put into the page on purpose.
  // (eval cannot be tried this way: code Playwright runs in the page is exempt from the policy; the built files'
  // test looks for it instead.)
  const watch = await watchSecurity(context);
  await new EditorPage(page).open();
  await page.evaluate((host) => {
    const div = document.createElement('div');
    div.innerHTML = `<img src="${host}/x.png" onerror="window.__pwned='injected'"><img src="x" onerror="window.__pwned='local'">`;
    document.body.append(div);
  }, PAYLOAD_HOST);
  const directives = async () => new Set((await watch.violations(page)).map((v) => v.directive));
  await expect.poll(async () => [...(await directives())]).toEqual(expect.arrayContaining(['img-src', 'script-src-attr']));
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  // The request recorder sees the attempt, though the policy stopped it before it left.
  expect(watch.foreignRequests(new URL(baseURL!).origin)).toEqual([`${PAYLOAD_HOST}/x.png`]);
});
