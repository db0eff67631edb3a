// Issue 5, two tabs: a change in one tab appears in the other; when both changed the same document, the
// other tab is told and chooses; nothing is silently overwritten.

import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';

async function secondTab(page: Page): Promise<DocumentsPage> {
  const other = await page.context().newPage();
  other.on('pageerror', (e) => {
    throw e;
  });
  const tab = new DocumentsPage(other);
  await tab.open();
  return tab;
}


/**
 * A second tab of the same browser whose storage writes fail while its `window.diskFull` is set (as if its disk
 * were full), so that an edit made there stays unsaved in memory.
 */
async function openTabWithFailingDisk(page: Page): Promise<{ other: Page; b: DocumentsPage }> {
  const other = await page.context().newPage();
  await other.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const b = new DocumentsPage(other);
  await b.open();
  return { other, b };
}

test('a change in one tab appears in the other, which keeps its selected part', async ({ editor, page }) => {
  const a = new DocumentsPage(page);
  await a.saved();
  const b = await secondTab(page);
  await b.openTarget(0);

  await editor.fill(editor.docOwner(), 'Contoso');
  await a.saved();
  await expect(b.preview()).toContainText('Owner="Contoso"');
  await expect(b.tid('target-form')).toBeVisible();

  // Back the other way, and a new document joins the other tab's list.
  await b.fill(b.targetId(), 'Carrier');
  await expect(editor.preview()).toContainText('<Target Id="Carrier"');
  await b.newEmpty();
  await b.saved();
  await a.openList();
  await expect(a.rowNames()).toHaveText(['SMStoSMTP', 'Untitled']);
  await expect(editor.docOwner()).toHaveValue('Contoso');
});

test('both tabs changed the document: the other tab is told, and Keep mine saves its version', async ({ editor, page }) => {
  const a = new DocumentsPage(page);
  await a.saved();
  // Tab B cannot write for a while (as if its disk were full), so its edit stays unsaved in memory.
  const { other, b } = await openTabWithFailingDisk(page);
  await other.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
  await b.fill(b.docOwner(), 'Mine');
  await expect(b.tid('storage-full-warning')).toBeVisible();

  await editor.fill(editor.docOwner(), 'Theirs');
  await a.saved();
  const conflict = b.tid('tab-conflict');
  await expect(conflict).toContainText('was changed in another tab');
  // Nothing was overwritten: B still shows its own edit, A its own.
  await expect(b.docOwner()).toHaveValue('Mine');
  await expect(editor.docOwner()).toHaveValue('Theirs');

  await other.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));
  await b.tid('conflict-keep-mine').click();
  await expect(conflict).toHaveCount(0);
  await b.saved();
  await expect(editor.docOwner()).toHaveValue('Mine');
});

test('Reload takes the other tab’s version, and Undo brings this tab’s back', async ({ editor, page }) => {
  const a = new DocumentsPage(page);
  await a.saved();
  const { other, b } = await openTabWithFailingDisk(page);
  await other.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
  await b.fill(b.docOwner(), 'Mine');
  await editor.fill(editor.docOwner(), 'Theirs');
  await a.saved();
  await expect(b.tid('tab-conflict')).toBeVisible();
  await other.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));

  await b.tid('conflict-reload').click();
  await expect(b.docOwner()).toHaveValue('Theirs');
  await expect(b.tid('tab-conflict')).toHaveCount(0);
  await b.undo();
  await expect(b.docOwner()).toHaveValue('Mine');
  await b.saved();
  await expect(editor.docOwner()).toHaveValue('Mine');
});
