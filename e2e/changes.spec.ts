// Issue 21: saving keeps the file's own layout, and the Changes view shows what changed. An opened file, one value
// changed, downloads with one changed line; the Changes view lists the change by part, selects its field, shows
// the text diff and reverts it; two documents of the workspace compare by meaning; Reformat writes the house style.

import { test, expect } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';
import { ChangesPage } from './pages/changes-page.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
/** The founding scenario written by hand: tabs, single quotes, CRLF, a blank line, a comment, `standalone`. */
const HAND_WRITTEN = [
  `<?xml version='1.0' encoding='utf-8' standalone='yes'?>`,
  `<ImageCustomizations xmlns='${NS}' Name='Layout' Owner='Contoso' OwnerType='MobileOperator'>`,
  `\t<!-- Contoso's SIM -->`,
  `\t<Targets>`,
  `\t\t<Target Id='Contoso'>`,
  `\t\t\t<TargetState>`,
  `\t\t\t\t<Condition Name='MCC' Value='310'/>`,
  `\t\t\t\t<Condition Name='MNC' Value='410'/>`,
  `\t\t\t</TargetState>`,
  `\t\t</Target>`,
  `\t</Targets>`,
  ``,
  `\t<Static>`,
  `\t\t<Settings Path='Multivariant'>`,
  `\t\t\t<Setting Name='Enable' Value='1'/>`,
  `\t\t</Settings>`,
  `\t</Static>`,
  ``,
  `\t<Variant Name='Contoso'>`,
  `\t\t<TargetRefs>`,
  `\t\t\t<TargetRef Id='Contoso'/>`,
  `\t\t</TargetRefs>`,
  `\t\t<Settings Path='Messaging/PerSimSettings/$(__ICCID)'>`,
  `\t\t\t<Setting Name='AllowSMStoSMTPAddress' Value='1'/>`,
  `\t\t\t<Setting Name='SMStoSMTPShortCode' Value='1234'/>`,
  `\t\t</Settings>`,
  `\t</Variant>`,
  `</ImageCustomizations>`,
  ``,
].join('\r\n');

/** The lines of `b` that are not the same line of `a` (the texts have as many lines). */
function changedLines(a: string, b: string): string[] {
  const la = a.split('\r\n');
  const lb = b.split('\r\n');
  expect(lb.length).toBe(la.length);
  return lb.filter((l, i) => l !== la[i]);
}

async function openHandWritten(page: import('@playwright/test').Page, name = 'layout.xml', text = HAND_WRITTEN): Promise<void> {
  const imp = new ImportPage(page);
  await imp.setInputFile({ name, text });
  await expect(imp.toast()).toHaveText(`Opened “${name}” as a new document`);
}

test('an opened file, one value changed, downloads with that one line changed and nothing else', async ({ editor, page }) => {
  await openHandWritten(page);
  const unedited = await editor.download();
  expect(unedited.text).toBe(HAND_WRITTEN);

  await editor.openVariant(0);
  await editor.fill(editor.entryValue(0, 1), '5678');
  const edited = await editor.download();
  expect(changedLines(HAND_WRITTEN, edited.text)).toEqual([`\t\t\t<Setting Name='SMStoSMTPShortCode' Value='5678'/>`]);
});

test('the Changes view lists the change, selects its field, shows the text diff, and reverts it', async ({ page }) => {
  const changes = new ChangesPage(page);
  await changes.open();
  await openHandWritten(page);
  await changes.openVariant(0);
  await changes.fill(changes.entryValue(0, 1), '5678');

  await changes.openView();
  await expect(changes.summary()).toHaveText('1 change.');
  await expect(changes.changes()).toHaveText(['Variant Contoso, setting SMStoSMTPShortCode: 1234 → 5678Revert']);

  // Choosing the change selects its part and focuses its field.
  await changes.openStatic();
  await changes.changes().first().getByRole('button').first().click();
  await expect(changes.entryValue(0, 1)).toBeFocused();

  await changes.byText();
  await expect(page.getByTestId('diff-removed')).toHaveText([`\t\t\t<Setting Name='SMStoSMTPShortCode' Value='1234'/>`]);
  await expect(page.getByTestId('diff-added')).toHaveText([`\t\t\t<Setting Name='SMStoSMTPShortCode' Value='5678'/>`]);

  await changes.byPart();
  await changes.revert(0);
  await expect(changes.summary()).toHaveText('No changes.');
  await expect(changes.entryValue(0, 1)).toHaveValue('1234');
  // One undoable step.
  await changes.undo();
  await expect(changes.entryValue(0, 1)).toHaveValue('5678');
});

test('two documents of the workspace compare by meaning: layout and comments aside, one setting differs', async ({ page }) => {
  const changes = new ChangesPage(page);
  await changes.open();
  const other = HAND_WRITTEN.replace(`\t<!-- Contoso's SIM -->\r\n`, '')
    .replace(/\t/g, '    ')
    .replace(/'/g, '"')
    .replace(`Value="1234"`, `Value="9999"`);
  await openHandWritten(page, 'first.xml');
  await openHandWritten(page, 'second.xml', other.replace('Name="Layout"', 'Name="Second"'));

  await changes.openView();
  await expect(page.getByTestId('changes-none')).toBeVisible();
  await changes.compareWith('Document “Layout”');
  await expect(page.locator('[data-testid="change"][data-meaningful="true"]')).toHaveText([/SMStoSMTPShortCode.*1234 → 9999/]);
  await expect(changes.summary()).toContainText('that matter');
  // No revert against another document.
  await expect(page.getByTestId('revert-change')).toHaveCount(0);
});

test('Reformat makes Download write the house style; Keep the file\'s layout undoes it', async ({ editor, page }) => {
  const changes = new ChangesPage(page);
  await openHandWritten(page);
  await changes.openView();
  await page.getByTestId('reformat').click();
  await expect(page.getByTestId('layout-status')).toHaveText('Download writes the house style (reformatted).');
  const reformatted = await editor.download();
  expect(reformatted.text).toContain(`<Setting Name="SMStoSMTPShortCode" Value="1234" />`);
  expect(reformatted.text).not.toContain('\r\n');
  // What was downloaded is the file now: its layout is kept from here on.
  await expect(page.getByTestId('layout-status')).toContainText('Download keeps the layout of Layout.xml');
  await expect(changes.summary()).toHaveText('No changes.');
});
