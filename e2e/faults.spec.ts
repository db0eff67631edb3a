// Issue 18, faults: a part of the app whose code cannot be loaded (a tab left open across a new deployment) or
// that fails while drawing is replaced by a notice in its own pane; the rest of the app and the document live on,
// and the notice offers what helps (a reload, or Try again and a download). Long texts stay bounded: a refusal
// quotes a window of a 21-million-character line, and a long line keeps its colors in the preview.

import { test, expect } from './support/fixtures.ts';
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';
import { ImportPage } from './pages/import-page.ts';
import { slowStep } from './support/slow-step.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const UPDATED = 'CAF Studio was updated since this tab opened; reload to get the new version — your work is saved.';

/** The page with the founding document's form up, whatever the preview does. */
async function openWithoutPreview(page: Page): Promise<EditorPage> {
  await page.goto('/');
  const editor = new EditorPage(page);
  await expect(editor.tid('document-form')).toBeVisible();
  return editor;
}

test('the preview whose code cannot be loaded says the app was updated; the form, the document and Download work on', async ({ page }) => {
  // The preview's text (with the serializer) is its own chunk; the pane around it is part of the first screen.
  await page.route('**/assets/DocumentText-*.js', (route) => route.abort());
  const editor = await openWithoutPreview(page);
  const notice = page.getByTestId('fault-notice').and(page.locator('[data-area="XML preview"]'));
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('fault-message')).toHaveText(UPDATED);
  await expect(notice.getByTestId('fault-reload')).toBeVisible();
  await expect(notice).not.toContainText('damaged');

  // The rest works: the form takes a name, the part list and the download follow it.
  await editor.fill(editor.docOwner(), 'Contoso Faults');
  const file = await editor.download(true);
  expect(file.text).toContain('Owner="Contoso Faults"');
  await editor.openTarget(0);
  await expect(editor.tid('target-form')).toBeVisible();
});

test('a form whose code cannot be loaded says the app was updated, not that saved data is damaged; other parts open', async ({ editor, page }) => {
  await page.route('**/assets/TargetForm-*.js', (route) => route.abort());
  await editor.fill(editor.docOwner(), 'Contoso');
  await editor.navTarget(0).click();
  const notice = page.locator('main').getByTestId('fault-notice');
  await expect(notice.getByTestId('fault-message')).toHaveText(UPDATED);
  await expect(page.locator('main')).not.toContainText('damaged');
  // The other panes and parts live on, and the document is intact.
  await expect(editor.preview()).toContainText('Owner="Contoso"');
  await editor.openDocument();
  await expect(editor.docOwner()).toHaveValue('Contoso');
});

test('an exception inside the preview is caught there: the notice offers Try again and a download, the rest works', async ({ page }) => {
  // The code view's module throws as it is evaluated, as a fault in the preview's own code would.
  await page.route('**/assets/CodeView-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("Test fault: the code view cannot be drawn");' }),
  );
  const editor = await openWithoutPreview(page);
  const notice = page.getByTestId('fault-notice').and(page.locator('[data-area="XML preview"]'));
  await expect(notice.getByTestId('fault-message')).toContainText('The XML preview stopped working: Test fault: the code view cannot be drawn.');
  await expect(notice.getByTestId('fault-retry')).toBeVisible();
  await expect(notice).not.toContainText('damaged');

  await editor.fill(editor.docOwner(), 'Still Editing');
  await expect(editor.tid('problem-counts')).toBeVisible();
  const downloaded = page.waitForEvent('download');
  await notice.getByTestId('fault-download').click();
  expect(await readFile(await (await downloaded).path(), 'utf8')).toContain('Owner="Still Editing"');
});

test('a file whose line holds 21 million characters (short elements: no one value over the limit) is refused with a short quote around the column', async ({ editor, page }, testInfo) => {
  test.slow();
  const imp = new ImportPage(page);
  await editor.fill(editor.docOwner(), 'Kept');
  const file = testInfo.outputPath('long-line.xml');
  await writeFile(file, `<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${NS}" Name="Long" Owner="x" OwnerType="OEM">${`<a>${'a'.repeat(1000)}</a>`.repeat(21_000)}</Wrong>\n</ImageCustomizations>\n`);
  const started = Date.now();
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(imp.errorDialog()).toBeVisible(slowStep());
  console.log(`21M-character line: refusal shown after ${Date.now() - started} ms`);
  await expect(imp.errorText()).toContainText('Line 2, column');
  const quoted = await imp.errorLine();
  const [line, caret] = quoted.split('\n');
  expect(line!.length).toBeLessThanOrEqual(162);
  expect(line!.startsWith('…aaa')).toBe(true);
  expect(line).toContain('</Wrong>');
  // The caret stands under the column the message names, inside the window.
  expect(caret!.length).toBeGreaterThan(0);
  expect(caret!.length).toBeLessThanOrEqual(line!.length);
  expect((await imp.errorText().textContent())!.length).toBeLessThan(600);
  await imp.closeError();
  await expect(editor.docOwner()).toHaveValue('Kept');
});

test('a long line keeps its colors in the preview, scrolled to its middle, and no plugin crashes', async ({ editor, page }) => {
  const crashes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /plugin crashed|Ranges must be added sorted/i.test(m.text())) crashes.push(m.text());
  });
  const imp = new ImportPage(page);
  const value = 'QUJDRA=='.repeat(5000); // 40,000 characters of base64
  const text = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<ImageCustomizations xmlns="${NS}" Name="Long" Owner="x" OwnerType="OEM">`,
    '  <Static>',
    '    <Settings Path="Connectivity/Blob">',
    `      <Setting Name="Blob" Value="${value}" />`,
    '    </Settings>',
    '  </Static>',
    '</ImageCustomizations>',
    '',
  ].join('\n');
  await imp.setInputFile({ name: 'long-value.xml', text });
  await expect(editor.docName()).toHaveValue('Long');
  const long = editor.preview().locator('.cm-line', { hasText: 'QUJDRA==' });
  await expect(long.locator('.cx-tag')).toHaveText(['Setting']);
  // Scrolled to the middle of the long line: what is drawn there is colored as a value.
  const scroller = editor.preview().locator('.cm-scroller');
  for (const part of [0.5, 0.99, 0.25]) {
    await scroller.evaluate((el, p) => (el.scrollLeft = el.scrollWidth * p), part);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(long.locator('.cx-value').first()).toBeVisible();
    await expect(long.locator('.cx-value').first()).toContainText('QUJDRA==');
  }
  // The lines below the long one are colored too (the state after it is right).
  await expect(editor.preview().locator('.cm-line', { hasText: '</Settings>' }).locator('.cx-tag')).toHaveText(['Settings']);
  expect(crashes).toEqual([]);
});
