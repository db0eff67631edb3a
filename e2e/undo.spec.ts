// Issue 5, undo and redo: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the toolbar buttons (the next step named in the
// tooltip) across typing (one step per field, not per character), add, remove and opening a file; each
// document keeps its own history.

import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import type { EditorPage } from './pages/editor-page.ts';

async function tooltipOf(editor: EditorPage, testId: 'undo' | 'redo'): Promise<string> {
  await editor.tid(testId).locator('xpath=..').hover();
  // Another control's tooltip may still be fading out: take the one about this button.
  const tip = editor.page.getByRole('tooltip').filter({ hasText: testId === 'undo' ? /^(Undo|Nothing to undo)/ : /^(Redo|Nothing to redo)/ });
  await expect(tip).toBeVisible();
  const text = (await tip.textContent()) ?? '';
  await editor.page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  return text;
}

const SMALL = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Opened" Description="d" Owner="Fabrikam" OwnerType="OEM">
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`;

test('typing, add and remove are single steps, undone and redone by keys and buttons', async ({ editor, page }) => {
  // Typing into one field, key by key, is one step.
  await editor.fill(editor.docOwner(), 'Contoso', { type: true });
  expect(await tooltipOf(editor, 'undo')).toBe('Undo: Edit owner (Ctrl+Z)');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.docOwner()).toHaveValue('');
  expect(await tooltipOf(editor, 'redo')).toBe('Redo: Edit owner (Ctrl+Shift+Z)');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(editor.docOwner()).toHaveValue('Contoso');
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(editor.docOwner()).toHaveValue('Contoso');

  // Undo and redo write into a field that is not focused: its label moves out of the way of a value and back
  // into the empty box.
  await editor.docName().focus();
  const ownerLabel = page.locator(`label[for="${await editor.docOwner().getAttribute('id')}"]`);
  await expect(ownerLabel).toHaveAttribute('data-shrink', 'true');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.docOwner()).toHaveValue('');
  await expect(ownerLabel).toHaveAttribute('data-shrink', 'false');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(editor.docOwner()).toHaveValue('Contoso');
  await expect(ownerLabel).toHaveAttribute('data-shrink', 'true');

  // Add a target: one step; undo removes it and goes back to where the user was.
  await editor.addTarget();
  await expect(editor.navTarget(1)).toBeVisible();
  expect(await tooltipOf(editor, 'undo')).toBe('Undo: Add target (Ctrl+Z)');
  await editor.undo();
  await expect(editor.navTarget(1)).toHaveCount(0);
  await expect(editor.tid('document-form')).toBeVisible();
  await editor.redo();
  await expect(editor.navTarget(1)).toBeVisible();

  // Remove a variant: one step; undo brings it back with its content.
  await editor.openVariant(0);
  await editor.rowAction('variant', 'remove').click();
  await expect(editor.navVariant(0)).toHaveCount(0);
  expect(await tooltipOf(editor, 'undo')).toBe('Undo: Remove variant (Ctrl+Z)');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.navVariant(0)).toBeVisible();
  await expect(editor.preview()).toContainText('AllowSMStoSMTPAddress');
  await expect(editor.preview()).toContainText('Owner="Contoso"');
});

test('opening a file is one undoable action, and each document keeps its own history', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  await editor.fill(editor.docOwner(), 'Contoso');

  await docs.pasteXml(SMALL);
  await expect(docs.toast()).toHaveText('Opened “pasted text” as a new document');
  await expect(editor.docName()).toHaveValue('Opened');
  // The opened document starts its own history.
  await expect(editor.tid('undo')).toBeDisabled();
  await editor.fill(editor.docOwner(), 'Fabrikam Ltd', { type: true });
  await expect(editor.tid('undo')).toBeEnabled();

  // Back in the first document, its history is still there.
  await docs.openRow(0);
  await expect(editor.docOwner()).toHaveValue('Contoso');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.docOwner()).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(editor.docOwner()).toHaveValue('Contoso');

  // And the opened document's typing is still one step.
  await docs.openRow(1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.docOwner()).toHaveValue('Fabrikam');

  // Undo of the opening itself: open another file, then the toast's Undo closes it again.
  await docs.pasteXml(SMALL.replace('Name="Opened"', 'Name="Third"'));
  await expect(editor.docName()).toHaveValue('Third');
  await docs.toastUndo();
  await expect(editor.docName()).toHaveValue('Opened');
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Opened']);
});
