// Issue 3, opening existing answer files: by the file picker, by dropping a file on the window, by pasting.
// Each opens as a NEW document of the workspace (the founding document stays), with its parts in the part
// list, every comment in place in the preview, and what was kept without being understood in the report.

import { test, expect } from './support/fixtures.ts';
import { ImportPage, commentPlaces, commentsOf, fixtureText } from './pages/import-page.ts';
import { at, kids, parseXml } from './support/xml.ts';

const KEPT_REPORT = [
  'line 11, column 5: Unknown attribute Lab on <Target>: kept as is, not editable.',
  'line 28, column 5: Unknown element <Reviewer> inside <Static>: kept as is, not editable.',
].join('\n');

test('open by the file picker: parts, comments in place, unknown markup kept, and the report', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const input = fixtureText('kept.xml');

  await imp.openByPicker('kept.xml');

  // The report lists the unknown attribute and the unknown element, with their places; Copy copies it.
  await expect(imp.reportDialog()).toBeVisible();
  await expect(imp.reportDialog()).toContainText('Opened “kept.xml”');
  await expect(imp.reportDialog()).toContainText('2 things in this file CAF Studio does not understand');
  expect(await imp.report().textContent()).toBe(KEPT_REPORT);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await imp.tid('copy-import-report').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(KEPT_REPORT);
  await imp.closeReport();
  await expect(imp.toast()).toHaveText('Opened “kept.xml” as a new document');

  // The part list: the document, both targets, both variants.
  await expect(editor.navDocument()).toContainText('FabrikamPhones');
  await expect(editor.navDocument()).toContainText('Owner Fabrikam');
  await expect(editor.navTarget(0)).toContainText('HomeNet');
  await expect(editor.navTarget(1)).toContainText('Roamer');
  await expect(editor.navTarget(2)).toHaveCount(0);
  await expect(editor.navVariant(0)).toContainText('Home');
  await expect(editor.navVariant(1)).toContainText('Away');
  await expect(editor.navVariant(2)).toHaveCount(0);
  await editor.openTarget(0);
  await expect(editor.targetId()).toHaveValue('HomeNet');
  await expect(editor.conditionName(0, 1)).toHaveValue('MNC');
  await expect(editor.conditionValue(0, 1)).toHaveValue('410');

  // A new document: the founding one is still in the list, the imported one is current.
  await imp.openList();
  await expect(imp.rowNames()).toHaveText(['SMStoSMTP', 'FabrikamPhones']);
  await expect(imp.row(1)).toHaveAttribute('data-current', 'true');
  await imp.closeList();

  // The preview: every comment, in the same order, each before the same markup as in the file.
  const preview = await imp.previewText();
  expect(commentsOf(preview)).toEqual(commentsOf(input));
  expect(commentsOf(preview)).toHaveLength(8);
  expect(commentPlaces(preview)).toEqual(commentPlaces(input));

  // The unknown attribute and the unknown element are written back where they were.
  const root = parseXml(preview);
  const targets = kids(at(root, 'Targets'), 'Target');
  expect(targets.map((t) => t.attrs)).toEqual([{ Id: 'HomeNet', Lab: 'north' }, { Id: 'Roamer' }]);
  const stat = at(root, 'Static');
  expect(stat.children.map((c) => c.name)).toEqual(['Settings', 'Reviewer']);
  expect(at(stat, 'Reviewer').attrs).toEqual({ Who: 'QA team' });
  expect(at(stat, 'Reviewer').text).toBe('checked twice');
  expect(preview).toContain('<Target Id="HomeNet" Lab="north">');
  expect(preview).toContain('<Reviewer Who="QA team">checked twice</Reviewer>');
});

test('open by dropping a file on the window', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const founding = await imp.previewText();

  const dt = await imp.dragEnter('kept.xml', fixtureText('kept.xml'));
  await expect(imp.dropOverlay()).toBeVisible();
  await expect(imp.dropOverlay()).toHaveText('Drop an answer file to open it');
  await imp.drop(dt);
  await expect(imp.dropOverlay()).toHaveCount(0);

  await expect(imp.reportDialog()).toContainText('Opened “kept.xml”');
  expect(await imp.report().textContent()).toBe(KEPT_REPORT);
  await imp.closeReport();
  await expect(editor.navDocument()).toContainText('FabrikamPhones');
  await expect(editor.navTarget(1)).toContainText('Roamer');
  await expect(editor.navVariant(1)).toContainText('Away');
  expect(commentsOf(await imp.previewText())).toEqual(commentsOf(fixtureText('kept.xml')));

  // The founding document is still there, unchanged.
  expect(await imp.documentNames()).toEqual(['SMStoSMTP', 'FabrikamPhones']);
  await imp.openRow(0);
  expect(await imp.previewText()).toBe(founding);
});

test('a drag that leaves the window without dropping opens nothing', async ({ editor, page }) => {
  const imp = new ImportPage(editor.page);
  const founding = await imp.previewText();
  const dt = await imp.dragEnter('kept.xml', fixtureText('kept.xml'));
  await expect(imp.dropOverlay()).toBeVisible();
  await page.dispatchEvent('body', 'dragleave', { dataTransfer: dt });
  await expect(imp.dropOverlay()).toHaveCount(0);
  await expect(imp.reportDialog()).toHaveCount(0);
  expect(await imp.documentNames()).toEqual(['SMStoSMTP']);
  expect(await imp.previewText()).toBe(founding);
});

test('open by pasting the XML text', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  const input = fixtureText('small.xml');

  await imp.tid('open-menu').click();
  await imp.tid('open-paste').click();
  await expect(imp.tid('paste-dialog')).toBeVisible();
  await expect(imp.tid('paste-import')).toBeDisabled();
  await imp.tid('paste-text').fill(input);
  await imp.tid('paste-import').click();
  await expect(imp.tid('paste-dialog')).toHaveCount(0);

  // Nothing unknown: no report, straight to the document.
  await expect(imp.toast()).toHaveText('Opened “pasted text” as a new document');
  await expect(imp.reportDialog()).toHaveCount(0);
  await expect(editor.navDocument()).toContainText('PastedDoc');
  await expect(editor.navTarget(0)).toContainText('Carrier');
  await expect(editor.navVariant(0)).toContainText('CarrierVariant');
  await editor.openVariant(0);
  await expect(editor.variantTarget()).toHaveValue('Carrier');
  await expect(editor.entryName(0, 0)).toHaveValue('AllowSMStoSMTPAddress');

  const preview = await imp.previewText();
  expect(commentsOf(preview)).toEqual([' pasted: one target, one variant ', ' pasted: the only setting ']);
  expect(commentPlaces(preview)).toEqual(commentPlaces(input));
  expect(await imp.documentNames()).toEqual(['SMStoSMTP', 'PastedDoc']);
});

test('the parse worker is started while the page is idle, used by the next import, and started again after it', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  await expect.poll(() => imp.parseWorkers().length, { message: 'a parse worker waits before any import' }).toBe(1);
  const spare = imp.parseWorkers()[0];
  await imp.setInputFile('small.xml');
  await expect(editor.navTarget(0)).toContainText('Carrier');
  await expect.poll(() => imp.parseWorkers().includes(spare), { message: 'the import used the waiting worker (then ended it)' }).toBe(false);
  await expect.poll(() => imp.parseWorkers().length, { message: 'a fresh worker waits for the next import' }).toBe(1);
});
