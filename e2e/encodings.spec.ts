// Issue 18, encodings in the page: a file that declares ISO-8859-1 opens with its é intact, the import report says
// it was read as ISO-8859-1 and is written as UTF-8, and the download is UTF-8 with é; a file with bytes that are
// not valid UTF-8 is refused with their line and column, and the document that was open survives.

import { test, expect } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** A valid answer file declaring `encoding`, with `nameBytes` as the bytes of its Name. */
function answerFile(encoding: string, nameBytes: number[]): Buffer {
  const [before, after] = `<?xml version="1.0" encoding="${encoding}"?>
<ImageCustomizations xmlns="${NS}" Name="@" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`.split('@');
  return Buffer.concat([Buffer.from(before, 'latin1'), Buffer.from(nameBytes), Buffer.from(after, 'latin1')]);
}

const NAME_COLUMN = `<ImageCustomizations xmlns="${NS}" Name="`.length + 1;

test('an ISO-8859-1 file with é opens with é intact, says so in the report, and downloads as UTF-8', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  // "Café" in Latin-1: 0xE9 alone is not UTF-8.
  await imp.tid('open-file-input').setInputFiles({ name: 'latin1.xml', mimeType: 'text/xml', buffer: answerFile('ISO-8859-1', [0x43, 0x61, 0x66, 0xe9]) });
  await expect(imp.toast()).toHaveText('Opened “latin1.xml” as a new document');
  await expect(imp.report()).toContainText(`line 2, column ${NAME_COLUMN + 3}`);
  await expect(imp.report()).toContainText('The file was read as ISO-8859-1, as its XML declaration says, and CAF Studio writes it as UTF-8.');
  await expect(imp.report()).toContainText('"é"');
  await imp.closeReport();
  await expect(editor.navDocument()).toContainText('Café');
  await expect(imp.preview()).toContainText('Name="Café"');

  // Written as UTF-8, keeping the file's layout: the declaration as written, its encoding made UTF-8.
  const file = await imp.download();
  expect(file.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(file.text).toContain('Name="Café"');
  expect(file.text).not.toContain('\uFFFD');
});

test('a file with invalid UTF-8 is refused with its line and column; the open document survives', async ({ editor, page }) => {
  const imp = new ImportPage(page);
  await imp.fill(imp.docOwner(), 'Contoso');
  await expect(imp.preview()).toContainText('Owner="Contoso"');
  const before = await imp.previewText();

  // No declaration names another encoding, so 0xE9 is an invalid UTF-8 byte.
  await imp.tid('open-file-input').setInputFiles({ name: 'broken.xml', mimeType: 'text/xml', buffer: answerFile('utf-8', [0x43, 0x61, 0x66, 0xe9]) });
  await expect(imp.errorDialog()).toContainText('“broken.xml” was not opened');
  await expect(imp.errorText()).toContainText(`Line 2, column ${NAME_COLUMN + 3}: the bytes 0xE9 0x22 are not valid UTF-8`);
  await expect(imp.errorText()).not.toContainText('\uFFFD');
  await expect(imp.errorDialog()).toContainText('Your current document is unchanged.');
  await imp.closeError();

  expect(await imp.documentNames()).toEqual(['SMStoSMTP']);
  await expect(editor.docOwner()).toHaveValue('Contoso');
  expect(await imp.previewText()).toBe(before);
});
