// The first load: the page's frame is painted from the HTML before any script runs, and the editor replaces
// it once the saved work is read. A reload shows the saved document, never the founding one first.

import { test, expect, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import { VIEWPORTS } from './support/viewports.ts';

/** Opens the page with its entry script held back (only index.html's frame can paint); returns the release. */
async function openHoldingScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  return release;
}

test('the frame shows before the scripts run, and the editor replaces it', async ({ page }) => {
  const release = await openHoldingScripts(page);
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

// The frame's columns stand where the editor's panes will (their first sizes): nothing jumps sideways when the
// editor replaces the frame.
for (const viewport of VIEWPORTS) {
  test(`the frame's columns are where the panes come, at ${viewport.width} × ${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await openHoldingScripts(page);
    const shell = page.getByTestId('boot-shell');
    await expect(shell).toBeVisible();
    const columns = shell.locator(':scope > div > div');
    const lefts = async (boxes: { boundingBox(): Promise<{ x: number } | null> }[]) => Promise.all(boxes.map(async (b) => (await b.boundingBox())?.x ?? NaN));
    const frame = await lefts([columns.nth(1), columns.nth(2)]);
    release();
    await expect(page.getByTestId('doc-name')).toBeVisible();
    const panes = await lefts([page.locator('#pane-centre'), page.locator('#pane-preview')]);
    // Within a separator's width.
    for (let i = 0; i < 2; i++) expect(Math.abs(panes[i] - frame[i])).toBeLessThanOrEqual(12);
  });
}

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

// The first screen's tooltips are mounted right after its first frame, its menus and dialogs when first opened:
// each still opens, and a menu opens again after it was closed.
test('the first screen\'s tooltips, menus and dialogs open', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.tid('add-target').hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Add target' })).toBeVisible();
  await editor.tid('save-status').hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Every change is saved in this browser.' })).toBeVisible();
  await editor.tid('copy-link').hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Copy a link that opens a copy of this document' })).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await editor.tid('new-menu').click();
    await expect(editor.tid('new-empty')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(editor.tid('new-empty')).toHaveCount(0);
  }
  await editor.tid('open-menu').click();
  await expect(editor.tid('open-paste')).toBeVisible();
  await page.keyboard.press('Escape');
  // The founding document has errors: Download asks first.
  await editor.tid('download').click();
  await expect(editor.tid('download-confirm-dialog')).toBeVisible();
  await editor.tid('download-cancel').click();
  await expect(editor.tid('download-confirm-dialog')).toHaveCount(0);
});
