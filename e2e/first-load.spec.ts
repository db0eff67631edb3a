// The first load: the page's frame is painted from the HTML before any script runs, and the editor replaces
// it once the saved work is read. A reload shows the saved document, never the founding one first.

import { test, expect } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';
import { DocumentsPage } from './pages/documents-page.ts';

test('the frame shows before the scripts run, and the editor replaces it', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const editor = new EditorPage(page);
  const shell = editor.tid('boot-shell');
  await expect(shell).toBeVisible();
  await expect(shell).toContainText('CAF Studio');
  await expect(editor.docName()).toHaveCount(0);
  release();
  await expect(editor.docName()).toHaveValue('SMStoSMTP');
  await expect(shell).toHaveCount(0);
  await expect(editor.tid('xml-preview')).toBeVisible();
});

test('a reload never shows the founding document before the saved one', async ({ page }) => {
  const editor = new DocumentsPage(page);
  await editor.open();
  await editor.docName().fill('Saved name');
  await editor.saved();
  // Every value the Name field shows from the first moment it exists, recorded in the page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __names: string[] }).__names = seen;
    new MutationObserver(() => {
      const input = document.querySelector('[data-testid="doc-name"]') as HTMLInputElement | null;
      if (input && seen[seen.length - 1] !== input.value) seen.push(input.value);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(editor.docName()).toHaveValue('Saved name');
  expect(await page.evaluate(() => (window as unknown as { __names: string[] }).__names)).toEqual(['Saved name']);
});
