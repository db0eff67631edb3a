// Issue 3, files that cannot be opened as they are: an ill-formed file is refused with its line, column and
// the offending line; a known documentation defect (nested comments, a no-break space after the XML
// declaration) is shown as a repair with exactly its changes, imported only when accepted; a WCD
// customizations.xml is refused by name. A refusal or a cancelled repair changes nothing.

import { test, expect } from './support/fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';
import { ImportPage, commentsOf, fixtureText } from './pages/import-page.ts';

/** Changes the founding document (so it has edits that were not downloaded) and returns its preview text. */
async function editedFounding(imp: ImportPage): Promise<string> {
  await imp.fill(imp.docOwner(), 'Contoso');
  await expect(imp.preview()).toContainText('Owner="Contoso"');
  return imp.previewText();
}

/** The refusal changed nothing: same document list, same current document, same text. */
async function unchanged(imp: ImportPage, editor: EditorPage, before: string): Promise<void> {
  await expect(imp.errorDialog()).toHaveCount(0);
  expect(await imp.documentNames()).toEqual(['SMStoSMTP']);
  await expect(editor.docOwner()).toHaveValue('Contoso');
  expect(await imp.previewText()).toBe(before);
}

test('an ill-formed file (a missing quote) shows its line, column and the offending line; nothing changes', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);
  const source = fixtureText('ill-formed.xml');
  const badLine = source.split('\n')[7]; // line 8: <Setting Name="Enable Value="1" />
  expect(badLine).toContain('Name="Enable Value="1"');
  // The quote of Name closes early, before "Value="; the parser stops at the 1 right after it.
  const column = badLine.indexOf('1"') + 1;

  await imp.setInputFile('ill-formed.xml');
  await expect(imp.errorDialog()).toBeVisible();
  await expect(imp.errorDialog()).toContainText('“ill-formed.xml” was not opened');
  await expect(imp.errorText()).toContainText(`Line 8, column ${column}:`);
  await expect(imp.errorText()).toContainText('not well-formed');
  expect(await imp.errorLine()).toBe(`${badLine}\n${' '.repeat(column - 1)}^`);
  await expect(imp.errorDialog()).toContainText('Your current document is unchanged.');
  await expect(imp.repairView()).toHaveCount(0);
  await expect(imp.tid('accept-repair')).toHaveCount(0);
  await expect(imp.tid('import-error-close')).toHaveText('Close');

  await imp.closeError();
  await unchanged(imp, editor, before);
});

test('a pasted file with a mismatched end tag points at the end tag; nothing changes', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);
  const source = fixtureText('mismatched-tag.xml');
  const badLine = source.split('\n')[8]; // line 9: </Static> while <Settings> is open
  expect(badLine.trim()).toBe('</Static>');

  await imp.openByPaste(source);
  await expect(imp.errorDialog()).toContainText('“pasted text” was not opened');
  await expect(imp.errorText()).toContainText('Line 9, column ');
  await expect(imp.errorText()).toContainText('<Settings> is still open, so </Settings> was expected here');
  const [quoted, caret] = (await imp.errorLine()).split('\n');
  expect(quoted).toBe(badLine);
  // The caret stands on the offending end tag.
  expect(caret).toMatch(/^ *\^$/);
  const at = caret.indexOf('^');
  expect(at).toBeGreaterThanOrEqual(badLine.indexOf('</Static>'));
  expect(at).toBeLessThan(badLine.indexOf('</Static>') + '</Static>'.length);

  await imp.closeError();
  await unchanged(imp, editor, before);
});

test('nested comments: the repair shows its one change, and accepting imports the repaired file', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);
  const source = fixtureText('nested-comments.xml');
  const inner = '    <!-- inner note: turn roaming off -->';
  expect(source.split('\n')[10]).toBe(inner);

  await imp.setInputFile('nested-comments.xml');
  await expect(imp.errorDialog()).toContainText('“nested-comments.xml” was not opened');
  await expect(imp.errorText()).toContainText('Line 11, column');
  await expect(imp.errorText()).toContainText('a comment cannot contain another comment');
  expect((await imp.errorLine()).split('\n')[0]).toBe(inner);
  await expect(imp.repairView()).toContainText('with 1 change, and nothing else');
  expect(await imp.repairChanges()).toEqual([
    {
      heading: 'Line 11: nested comment markers made comment-safe (<!-- to <!~~, --> to ~~>)',
      before: `- ${inner}`,
      after: '+     <!~~ inner note: turn roaming off ~~>',
    },
  ]);
  await expect(imp.tid('import-error-close')).toHaveText('Cancel');

  await imp.acceptRepair();
  await expect(imp.toast()).toHaveText('Opened “nested-comments.xml (repaired)” as a new document');
  await expect(editor.navDocument()).toContainText('NestedDoc');
  expect(await imp.documentNames()).toEqual(['SMStoSMTP', 'NestedDoc']);

  // The whole disabled block is one comment, the inner comment's text still in it; the block stays disabled.
  const outer = source.slice(source.indexOf('<!--') + 4, source.lastIndexOf('-->'));
  const repairedComment = outer.replace('<!--', '<!~~').replace('-->', '~~>');
  const preview = await imp.previewText();
  expect(commentsOf(preview)).toEqual([repairedComment]);
  expect(preview).toContain('inner note: turn roaming off');
  await editor.openStatic();
  await expect(editor.itemPath(0)).toHaveValue('Multivariant');
  await expect(editor.itemPath(1)).toHaveCount(0);

  // The founding document is untouched.
  await imp.openRow(0);
  expect(await imp.previewText()).toBe(before);
});

test('a no-break space after the XML declaration: the repair shows it, and accepting imports the file', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);
  const source = fixtureText('nbsp-after-declaration.xml');
  const decl = '<?xml version="1.0" encoding="utf-8"?>';
  expect(source.startsWith(`${decl}\u00a0\n`)).toBe(true);

  await imp.setInputFile('nbsp-after-declaration.xml');
  await expect(imp.errorDialog()).toContainText('“nbsp-after-declaration.xml” was not opened');
  await expect(imp.errorText()).toContainText(`Line 1, column ${decl.length + 1}:`);
  await expect(imp.errorText()).toContainText('no-break space (U+00A0)');
  expect(await imp.errorLine()).toBe(`${decl}\u00a0\n${' '.repeat(decl.length)}^`);
  // The invisible character is made visible in the change, and becomes an ordinary space.
  expect(await imp.repairChanges()).toEqual([
    {
      heading: 'Line 1: no-break space (U+00A0) between markup replaced by a space',
      before: `- ${decl}⍽`,
      after: `+ ${decl} `,
    },
  ]);

  await imp.acceptRepair();
  await expect(editor.navDocument()).toContainText('NbspDoc');
  expect(await imp.documentNames()).toEqual(['SMStoSMTP', 'NbspDoc']);
  const preview = await imp.previewText();
  expect(commentsOf(preview)).toEqual(commentsOf(source));
  expect(preview).not.toContain('\u00a0');
  await imp.openRow(0);
  expect(await imp.previewText()).toBe(before);
});

test('cancelling a repair leaves everything as it was', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);

  await imp.setInputFile('nested-comments.xml');
  await expect(imp.repairChange(0)).toBeVisible();
  await imp.closeError();
  await expect(imp.reportDialog()).toHaveCount(0);
  await unchanged(imp, editor, before);

  // The same through a drop, with the other defect.
  const dt = await imp.dragEnter('nbsp-after-declaration.xml', fixtureText('nbsp-after-declaration.xml'));
  await imp.drop(dt);
  await expect(imp.repairChange(0)).toBeVisible();
  await imp.closeError();
  await unchanged(imp, editor, before);
});

test('a WCD customizations.xml is refused with a message naming the format', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const before = await editedFounding(imp);

  await imp.setInputFile({ name: 'customizations.xml', text: fixtureText('wcd-customizations.xml') });
  await expect(imp.errorDialog()).toContainText('“customizations.xml” was not opened');
  await expect(imp.errorText()).toContainText('Windows Configuration Designer (WCD)');
  await expect(imp.errorText()).toContainText('<WindowsCustomizations>');
  await expect(imp.errorText()).toContainText('not an MCSF answer file');
  await expect(imp.errorText()).toContainText('Line 2, column 1:');
  expect(await imp.errorLine()).toBe('<WindowsCustomizations>\n^');
  await expect(imp.repairView()).toHaveCount(0);
  await expect(imp.tid('accept-repair')).toHaveCount(0);

  await imp.closeError();
  await unchanged(imp, editor, before);
});
