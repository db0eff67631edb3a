// Issue 5, several documents: new, open, duplicate, rename, delete (with Undo), each autosaved; the list
// shows each document's name, owner and when it last changed.

import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';

test('the document list: new, duplicate, rename, delete with undo, all kept across a reload', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await editor.fill(editor.docOwner(), 'Contoso');
  await docs.saved();

  // The list shows name, owner and a relative time.
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP']);
  await expect(docs.tid('document-0-owner')).toHaveText('Contoso');
  await expect(docs.tid('document-0-updated')).toHaveText('just now');
  await expect(docs.row(0)).toHaveAttribute('data-current', 'true');

  // New from the list opens an empty document.
  await docs.tid('documents-new-empty').click();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Untitled']);
  await expect(docs.tid('document-1-owner')).toHaveText('No owner');
  await expect(docs.row(1)).toHaveAttribute('data-current', 'true');
  await docs.closeList();
  await expect(editor.docOwner()).toHaveValue('');

  // Rename (sets the answer file's Name); duplicate copies the content.
  await docs.renameRow(1, 'Phones');
  await expect(docs.tid('document-1-name')).toHaveText('Phones');
  await docs.closeList();
  await expect(editor.docName()).toHaveValue('Phones');
  await expect(editor.preview()).toContainText('Name="Phones"');
  await docs.documentAction(0, 'duplicate');
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Phones', 'SMStoSMTP-copy']);
  await expect(docs.tid('document-2-owner')).toHaveText('Contoso');
  await docs.closeList();
  await expect(editor.docName()).toHaveValue('SMStoSMTP-copy');
  await expect(editor.preview()).toContainText('Variant');

  // Delete, then Undo from the toast.
  await docs.documentAction(1, 'delete');
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'SMStoSMTP-copy']);
  await expect(docs.toast()).toHaveText('Deleted “Phones”');
  await docs.toastUndo();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Phones', 'SMStoSMTP-copy']);
  await docs.closeList();
  await expect(editor.docName()).toHaveValue('Phones');

  // Deleting the open document opens its neighbour; everything is saved.
  await docs.documentAction(2, 'delete');
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Phones']);
  await docs.closeList();
  await docs.reloadSaved();
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Phones']);
  await expect.poll(() => docs.storedRecordCount(), { message: 'the stored records, once the page has written' }).toBe(2);
  await docs.openRow(0);
  await expect(editor.docOwner()).toHaveValue('Contoso');
});
