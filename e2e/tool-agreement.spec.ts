// Issue 17 journeys: the problems panel gives the imaging tool's verdict. A file the tool refuses shows errors
// (and Download asks first); a file it takes, with a comment inside a leaf, opens with 0 errors, the commented
// Setting editable, and is written back with no white space inside the empty element; the Owner field says, as
// you type, what the package builder refuses; two Variants of one Target that set one setting to two values
// are an error naming both.

import { test, expect } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';
import type { EditorPage } from './pages/editor-page.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** A document the tool accepts, with `body` after its Targets (Static and Variants). */
function answerFile(body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Agree" Description="d" Owner="Contoso" OwnerType="OEM">
  <Targets>
    <Target Id="Contoso_US">
      <TargetState>
        <Condition Name="MCC" Value="310" />
        <Condition Name="MNC" Value="260" />
      </TargetState>
    </Target>
  </Targets>
${body}
</ImageCustomizations>
`;
}

const STATIC = `  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>`;

function variant(name: string, shortCode: string): string {
  return `  <Variant Name="${name}">
    <TargetRefs>
      <TargetRef Id="Contoso_US" />
    </TargetRefs>
    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">
      <Setting Name="SMStoSMTPShortCode" Value="${shortCode}" />
    </Settings>
  </Variant>`;
}

/** Opens `text` as a file; `report`: the file holds what CAF Studio keeps without understanding, so a report shows. */
async function open(page: EditorPage['page'], name: string, text: string, report = false): Promise<ImportPage> {
  const imp = new ImportPage(page);
  await imp.setInputFile({ name, text });
  if (report) await imp.closeReport();
  await expect(imp.toast()).toContainText(name);
  return imp;
}

function problems(editor: EditorPage, code: string) {
  return editor.tid('diagnostics-panel').locator(`[data-code="${code}"]`);
}

test('a file the tool refuses for its schema shows errors, and Download asks first', async ({ editor, page }) => {
  // A second <Static> and an attribute the schema does not declare: the tool refuses the file at load.
  const text = answerFile(`${STATIC}\n  <Static Reviewed="yes">\n    <Settings Path="AutoDataConfig">\n      <Setting Name="Enable" Value="0" />\n    </Settings>\n  </Static>\n${variant('Contoso', '1234')}`);
  await open(page, 'two-static.xml', text, true);
  await expect(problems(editor, 'schema-misplaced-element')).toContainText('Static');
  await expect(editor.tid('error-count')).not.toHaveText('0');
  await expect(editor.tid('no-problems')).toHaveCount(0);
  // Nothing is lost: the second Static is written back where it stood.
  expect(await editor.previewText()).toContain('<Static Reviewed="yes">');
  const file = await editor.download(true);
  expect(file.text).toContain('<Static Reviewed="yes">');
});

test('a comment inside a Setting keeps the Setting editable and is written back without white space', async ({ editor, page }) => {
  const text = answerFile(
    `${STATIC}\n  <Variant Name="Contoso">\n    <TargetRefs>\n      <TargetRef Id="Contoso_US"><!-- the US network --></TargetRef>\n    </TargetRefs>\n    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">\n      <Setting Name="SMStoSMTPShortCode" Value="1234"><!-- from the operator --></Setting>\n    </Settings>\n  </Variant>`,
  );
  await open(page, 'leaf-comment.xml', text);
  await expect(editor.tid('error-count')).toHaveText('0');
  await editor.openVariant(0);
  await expect(editor.entryValue(0, 0)).toHaveValue('1234');
  await editor.fill(editor.entryValue(0, 0), '4321');
  const xml = await editor.previewText();
  expect(xml).toContain('<Setting Name="SMStoSMTPShortCode" Value="4321"><!-- from the operator --></Setting>');
  expect(xml).toContain('<TargetRef Id="Contoso_US"><!-- the US network --></TargetRef>');
});

test('the Owner field says what the package builder refuses, as you type', async ({ editor }) => {
  await editor.openDocument();
  await editor.fill(editor.docOwner(), 'Contoso Ltd', { type: true });
  await expect(editor.helperOf(editor.docOwner())).toContainText('A-Z');
  await expect(problems(editor, 'owner-invalid')).toBeVisible();
  await editor.fill(editor.docOwner(), 'Contoso_Ltd', { type: true });
  await expect(problems(editor, 'owner-invalid')).toHaveCount(0);
});

test('two Variants of one Target setting one setting to two values: an error naming both', async ({ editor, page }) => {
  await open(page, 'merged.xml', answerFile(`${STATIC}\n${variant('Contoso A', '1234')}\n${variant('Contoso B', '5678')}`));
  const conflict = problems(editor, 'variant-setting-conflict');
  await expect(conflict.first()).toContainText('Contoso A');
  await expect(conflict.first()).toContainText('Contoso B');
  await expect(editor.tid('error-count')).not.toHaveText('0');
});
