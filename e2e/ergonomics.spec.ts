// Issue 22, first batch: the details touched a hundred times a day. Each journey runs at 1024 × 768 and at
// 1440 × 900: the list editor (a ";" typed or pasted starts the next item; Add item focuses it), the rename
// dialog (Enter applies and closes, Cancel and Escape change nothing, it says which name it sets), safe defaults
// (a new variant has no target until one is picked; removing a target keeps its variants unless told otherwise),
// the Undo after deleting a document (in the list's focus order, no timer while the list is open), and texts
// cut short (the full text as a title; the documentation as a link).

import { test, expect } from './support/fixtures.ts';
import { VIEWPORTS } from './support/viewports.ts';
import { at, kids, parseXml, settingsOf } from './support/xml.ts';
import { violations } from './support/axe.ts';
import { CatalogPage } from './pages/catalog-page.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ProblemsPage } from './pages/problems-page.ts';
import { SettingsMatrixPage } from './pages/settings-matrix-page.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('list editor: a pasted or typed ";" starts the next item; Add item focuses the new one', async ({ editor, page }) => {
      const catalog = new CatalogPage(editor);
      await editor.openVariant(0);
      await catalog.openBrowser(0);
      await catalog.search('SmsInterceptPorts');
      await catalog.row('SmsInterceptPorts', PS).click();
      await expect(editor.entryName(0, 2)).toHaveValue('SmsInterceptPorts');
      const item = (i: number) => catalog.listItem(0, 2, i);
      // The hint says what the editor does.
      await expect(editor.tid('item-0-entry-2-value')).toContainText('Items separated by ";" (a ";" typed or pasted starts the next item)');

      // Paste a list into the first item: three items, the caret in the last.
      await page.evaluate(() => navigator.clipboard.writeText('1234;5678;9999'));
      await item(0).focus();
      await page.keyboard.press('ControlOrMeta+v');
      await expect(item(0)).toHaveValue('1234');
      await expect(item(1)).toHaveValue('5678');
      await expect(item(2)).toHaveValue('9999');
      await expect(item(2)).toBeFocused();

      // Typing ";" ends the item; typing goes on in the next one.
      await page.keyboard.type(';42');
      await expect(item(2)).toHaveValue('9999');
      await expect(item(3)).toHaveValue('42');
      await expect(item(3)).toBeFocused();
      await expect(editor.helperOf(item(3))).toHaveCount(0); // nothing refused

      // Add item, by keyboard: the focus is in the new, empty item.
      await editor.tid('item-0-entry-2-value-add').focus();
      await page.keyboard.press('Enter');
      await expect(item(4)).toHaveValue('');
      await expect(item(4)).toBeFocused();
      await page.keyboard.type('80');
      await expect(item(4)).toHaveValue('80');

      const root = parseXml(await editor.previewText());
      expect(settingsOf(kids(root, 'Variant')[0], PS)).toMatchObject({ SmsInterceptPorts: '1234;5678;9999;42;80' });
    });

    test('rename dialog: Enter applies and closes, Cancel and Escape keep the name, it says which name it sets', async ({ editor, page }) => {
      const docs = new DocumentsPage(page);
      await editor.fill(editor.docOwner(), 'Contoso');
      await docs.saved();

      // Enter applies and closes; the dialog names the attribute it sets and the Owner that names the packages.
      await docs.documentAction(0, 'rename');
      const dialog = docs.tid('rename-document-dialog').getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading')).toHaveText('Rename “SMStoSMTP”');
      await expect(docs.tid('rename-document-explain')).toContainText('answer file’s Name attribute');
      await expect(docs.tid('rename-document-explain')).toContainText('named after the Owner (Contoso)');
      await expect(docs.tid('rename-document-name')).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await docs.tid('rename-document-name').fill('Phones');
      await page.keyboard.press('Enter');
      await expect(docs.tid('rename-document-dialog')).toHaveCount(0);
      await expect(docs.tid('document-0-name')).toHaveText('Phones');

      // Escape: nothing changes, neither while typing nor after.
      await docs.tid('document-0-rename').click();
      await docs.tid('rename-document-name').fill('Tablets');
      await expect(docs.tid('document-0-name')).toHaveText('Phones');
      await page.keyboard.press('Escape');
      await expect(docs.tid('rename-document-dialog')).toHaveCount(0);
      await expect(docs.tid('document-list')).toBeVisible(); // Escape closed the dialog, not the list
      await expect(docs.tid('document-0-name')).toHaveText('Phones');

      // Cancel: the same.
      await docs.tid('document-0-rename').click();
      await docs.tid('rename-document-name').fill('Watches');
      await docs.tid('rename-document-cancel').click();
      await expect(docs.tid('rename-document-dialog')).toHaveCount(0);
      await expect(docs.tid('document-0-name')).toHaveText('Phones');

      await docs.closeList();
      await expect(editor.docName()).toHaveValue('Phones');
      await expect(editor.docOwner()).toHaveValue('Contoso');
      const root = parseXml(await editor.previewText());
      expect(root.attrs.Name).toBe('Phones');
      // One undo step for the rename, none for the cancelled ones.
      await editor.undo();
      await expect(editor.docName()).toHaveValue('SMStoSMTP');
    });

    test('safe defaults: a new variant has no target until one is picked; removing a target keeps its variants', async ({ editor }) => {
      await editor.addVariant();
      await expect(editor.variantName()).toHaveValue('Variant1');
      await expect(editor.fieldOf(editor.variantTarget()).getByRole('combobox')).toHaveText('(not set)');
      await expect(editor.helperOf(editor.variantTarget())).toHaveText('Not set: pick the target whose SIMs get this variant.');
      let root = parseXml(await editor.previewText());
      const added = kids(root, 'Variant').find((v) => v.attrs.Name === 'Variant1')!;
      expect(kids(at(added, 'TargetRefs'), 'TargetRef')).toEqual([]);
      // The problems list says so, at the variant.
      await expect(new ProblemsPage(editor).row('variant-no-targetref')).toHaveAttribute(
        'title',
        'Variant "Variant1" has no TargetRef, so it never applies: choose the Target it is for.',
      );

      // Picking one is what makes it apply.
      await editor.chooseVariantTarget('Operator');
      await expect(editor.helperOf(editor.variantTarget())).toHaveCount(0);

      // Remove the target both variants use: the dialog pre-selects keeping them as they are.
      await editor.openTarget(0);
      const dialog = await editor.startRemoveTarget();
      await expect(dialog).toContainText('2 variants use this target');
      await expect(editor.tid('choice-keep-refs').locator('input')).toBeChecked();
      await expect(editor.tid('choice-remove-variants').locator('input')).not.toBeChecked();
      await editor.confirmRemoveTarget();
      await expect(editor.navVariant(0)).toBeVisible();
      await expect(editor.navVariant(1)).toBeVisible();
      root = parseXml(await editor.previewText());
      expect(kids(root, 'Variant').map((v) => kids(at(v, 'TargetRefs'), 'TargetRef').map((r) => r.attrs.Id))).toEqual([['Operator'], ['Operator']]);
    });

    test('undo after deleting a document: reached by keyboard, kept while the list is open', async ({ editor, page }) => {
      const docs = new DocumentsPage(page);
      await page.clock.install();
      await page.reload();
      await expect(editor.tid('document-form')).toBeVisible();
      await docs.openList();
      await docs.tid('documents-new-empty').click();
      await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Untitled']);

      // Delete by keyboard: the notice's Undo takes the focus (the row is gone).
      await docs.tid('document-0-delete').focus();
      await page.keyboard.press('Enter');
      await expect(docs.rowNames()).toHaveText(['Untitled']);
      await expect(docs.toast()).toHaveText('Deleted “SMStoSMTP”');
      await expect(docs.tid('workspace-toast-undo')).toBeFocused();
      expect(await violations(page)).toEqual([]);

      // Time passes with the list open (the pointer on it): the notice stays.
      await docs.tid('document-rows').hover();
      await page.clock.fastForward(60_000);
      await expect(docs.toast()).toHaveText('Deleted “SMStoSMTP”');

      // Undo by keyboard brings the document back and focuses it.
      await page.keyboard.press('Enter');
      await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Untitled']);
      await expect(docs.toast()).toHaveCount(0);
      await expect(docs.tid('document-0-open')).toBeFocused();

      // Tab reaches the notice from the rows: delete again, then Shift+Tab back into the list and Tab to Undo.
      await docs.tid('document-0-delete').focus();
      await page.keyboard.press('Enter');
      await expect(docs.tid('workspace-toast-undo')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(docs.tid('workspace-toast-undo')).not.toBeFocused();
      await page.keyboard.press('Tab');
      await expect(docs.tid('workspace-toast-undo')).toBeFocused();

      // Closing the list hands the notice to the floating toast, which waits while the pointer is on it.
      await page.keyboard.press('Escape');
      await expect(docs.tid('document-list')).toBeHidden();
      await expect(docs.toast()).toHaveText('Deleted “SMStoSMTP”');
      await docs.tid('workspace-toast').hover();
      await page.clock.fastForward(30_000);
      await expect(docs.toast()).toBeVisible();
      await docs.tid('workspace-toast-undo').click();
      await docs.openList();
      await expect(docs.rowNames()).toHaveText(['SMStoSMTP', 'Untitled']);
    });

    test('texts cut short can be read whole; the documentation is a link', async ({ editor, page }) => {
      const longId = 'ContosoMobileOperatorForTheNorthernRegionWithAVeryLongTargetIdentifier';
      const longVariant = 'NorthernRegionVariantWithAVeryLongNameThatCannotFitInAColumn';
      await editor.openTarget(0);
      await editor.fill(editor.targetId(), longId);
      await editor.openVariant(0);
      await editor.fill(editor.variantName(), longVariant);

      // A select shows the whole chosen label as its title.
      await expect(editor.variantTarget()).toHaveValue(longId);
      await expect(editor.fieldOf(editor.variantTarget()).getByRole('combobox')).toHaveAttribute('title', longId);

      // An inline message that the field cuts has the whole text as its title.
      await editor.openDocument();
      await editor.fill(editor.docOwner(), 'Contoso Mobile!');
      await editor.docOwner().blur();
      const owner = editor.helperOf(editor.docOwner());
      await expect(owner).not.toHaveText('');
      await expect(owner).toHaveAttribute('title', (await owner.textContent()) ?? '');

      // The matrix's column header and the settings matrix's carry their whole text.
      const matrix = new MatrixPage(page);
      await matrix.openMatrix();
      await expect(matrix.grid().getByRole('columnheader', { name: longId })).toHaveAttribute('title', longId);
      // For the keyboard, the line under the grid names the active cell's variant and target in full.
      await matrix.cell(longVariant, longId).focus();
      await expect(matrix.tid('matrix-active-cell')).toHaveText(`Variant “${longVariant}” × target “${longId}”: applies`);
      const settings = new SettingsMatrixPage(page);
      await settings.openSettingsMatrix();
      await expect(settings.columnHeader(longVariant)).toHaveAttribute('title', `${longVariant} (→ ${longId})`);
      const cell = await settings.cell('SMStoSMTPShortCode', longVariant);
      await cell.click();
      await expect(cell).toBeFocused();
      // The first screen's short code is empty.
      await expect(settings.tid('settings-matrix-active-cell')).toHaveText(`SMStoSMTPShortCode (${PS}) in ${longVariant} (→ ${longId}): an empty value`);

      // The setting help's Documentation opens the public page.
      await editor.openVariant(0);
      await editor.entryName(0, 0).focus();
      const link = editor.tid('item-0-entry-0-help-page');
      await expect(link).toHaveAttribute('href', 'https://learn.microsoft.com/windows-hardware/customize/mobile/mcsf/sending-sms-messages-to-smtp-addresses');
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveText('Sending sms messages to smtp addresses');
    });
  });
}
