// Issue 5, autosave and storage faults: every change is saved in the browser; a reload brings back every
// document and the selected part; unreadable stored data is kept as a backup; a full disk is said, not hidden.

import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import { gridAnswerFile } from './support/grid-file.ts';

test('edit, reload: the documents, their content and the selected part come back', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await editor.fill(editor.docOwner(), 'Contoso', { type: true });
  await editor.addTarget();
  await editor.fill(editor.targetId(), 'Extra');

  await docs.reloadSaved();
  // The target that was selected is selected again, with its content.
  await expect(editor.tid('target-form')).toBeVisible();
  await expect(editor.targetId()).toHaveValue('Extra');
  await expect(editor.preview()).toContainText('Owner="Contoso"');
  await expect(editor.preview()).toContainText('<Target Id="Extra"');

  // A second document; the reload opens it again and keeps the first.
  await editor.newEmpty();
  await editor.fill(editor.docName(), 'Second');
  await docs.reloadSaved();
  await expect(editor.docName()).toHaveValue('Second');
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Second']);
  await docs.openRow(0);
  await expect(editor.docOwner()).toHaveValue('Contoso');
  await expect(editor.preview()).toContainText('<Target Id="Extra"');
});

test('documents saved by an earlier version (one record per document) open as they were, and keep saving', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await docs.saved();
  const doc = {
    name: 'Legacy',
    owner: 'Contoso',
    targets: { targets: [{ key: 't1', id: 'Carrier', states: [] }] },
    variants: [{ key: 'v1', name: 'Old variant', targetRefs: { refs: [] }, items: [] }],
  };
  await docs.writeFormat1([{ id: 'legacy', name: 'Legacy', owner: 'Contoso', createdAt: 1, updatedAt: 2, revision: 4, doc }], {
    formatVersion: 1,
    currentId: 'legacy',
    selection: { kind: 'target', key: 't1' },
  });
  await page.reload();
  await expect(editor.targetId()).toHaveValue('Carrier');
  await expect(editor.preview()).toContainText('Owner="Contoso"');
  await expect(editor.preview()).toContainText('Name="Old variant"');
  await expect(editor.tid('storage-backup-notice')).toHaveCount(0);

  await editor.fill(editor.targetId(), 'Carrier2');
  await docs.reloadSaved();
  await expect(editor.targetId()).toHaveValue('Carrier2');
  await expect(editor.preview()).toContainText('Name="Old variant"');
  await expect.poll(() => docs.storedRecordCount(), { message: 'the stored records, once the page has written' }).toBe(1);
});

test('stored data of an unknown version: the app starts fresh, says so, and offers the old data as a backup', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await editor.fill(editor.docOwner(), 'Contoso');
  await docs.saved();
  await docs.writeStoredMeta({ formatVersion: 999, currentId: 'whatever' });
  await page.reload();

  const notice = editor.tid('storage-backup-notice');
  await expect(notice).toContainText('saved by a newer version of CAF Studio (format 999');
  await expect(notice).toContainText('kept the old data as a backup');
  await expect(editor.docOwner()).toHaveValue('');

  const downloaded = page.waitForEvent('download');
  await editor.tid('download-backup').click();
  const dl = await downloaded;
  expect(dl.suggestedFilename()).toMatch(/^caf-studio-backup-.*\.json$/);
  const backup = JSON.parse(await readFile((await dl.path())!, 'utf8'));
  expect(backup.reason).toContain('format 999');
  expect(backup.data.meta.formatVersion).toBe(999);
  expect(backup.data.documents[0].root.owner).toBe('Contoso');

  // The editor works and saves again; the next start is clean.
  await editor.fill(editor.docOwner(), 'Fabrikam');
  await docs.reloadSaved();
  await expect(editor.tid('storage-backup-notice')).toHaveCount(0);
  await expect(editor.docOwner()).toHaveValue('Fabrikam');
});

test('an unreadable document record: the others load, the broken one is kept as a backup', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await editor.fill(editor.docOwner(), 'Contoso');
  await docs.saved();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('caf-studio');
        req.onsuccess = () => {
          const tx = req.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put({ id: 'broken', name: 'Broken', doc: 'not a document' }, 'broken');
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await page.reload();
  await expect(editor.tid('storage-backup-notice')).toContainText('1 saved document could not be opened');
  await expect(editor.docOwner()).toHaveValue('Contoso');
  await expect.poll(() => docs.storedRecordCount(), { message: 'the stored records, once the page has written' }).toBe(1);
});

test('storage full: a visible warning, the work stays in the tab and downloads', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  // Make IndexedDB refuse writes the way a full disk does, while a flag is set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.reload();
  await docs.saved();
  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));

  await editor.fill(editor.docOwner(), 'Contoso');
  await expect(editor.tid('storage-full-warning')).toContainText('The browser storage is full');
  await expect(docs.saveStatus()).toHaveText('Not saved');
  await expect(editor.preview()).toContainText('Owner="Contoso"');
  const file = await editor.download();
  expect(file.text).toContain('Owner="Contoso"');

  // Space again: the next change is saved and the warning goes.
  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));
  await editor.fill(editor.docOwner(), 'Contoso Ltd');
  await expect(editor.tid('storage-full-warning')).toHaveCount(0);
  await docs.reloadSaved();
  await expect(editor.docOwner()).toHaveValue('Contoso Ltd');
});

test('a large saved document opens at once on reload; its XML follows; one whose data is damaged is closed and kept as a backup', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  // 10 targets and 250 variants: more parts than are checked before the first screen.
  await docs.openFileText('grid.xml', gridAnswerFile(10, 250));
  await expect(editor.docName()).toHaveValue('Grid');
  await docs.saved();
  await docs.reloadSaved();
  await expect(editor.docName()).toHaveValue('Grid');
  await expect(editor.preview()).toContainText('<Variant Name="V0">');
  await expect(editor.tid('problem-counts')).not.toContainText('…');

  // Damage the first variant's stored record in a way only writing its XML finds, with that variant open.
  await editor.navVariant(0).click();
  await expect(editor.tid('variant-form')).toBeVisible();
  await docs.saved();
  await docs.damageStoredVariant('V0');
  await page.reload();
  const notice = editor.tid('storage-backup-notice');
  await expect(notice).toContainText('“Grid” could not be opened');
  await expect(notice).toContainText('kept as a backup');
  // The other document is open and works; the page survived the part it could not draw.
  await expect(editor.docName()).toHaveValue('SMStoSMTP');
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP']);
  await docs.closeList();
  const downloaded = page.waitForEvent('download');
  await editor.tid('download-backup').click();
  const backup = JSON.parse(await readFile((await (await downloaded).path())!, 'utf8'));
  expect(backup.data.document.name).toBe('Grid');
  await editor.fill(editor.docOwner(), 'Fabrikam');
  await docs.reloadSaved();
  await expect(editor.tid('storage-backup-notice')).toHaveCount(0);
  await expect(editor.docOwner()).toHaveValue('Fabrikam');
});
