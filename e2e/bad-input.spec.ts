// Journey (d): characters XML 1.0 cannot carry are refused at the field, with a message, and nothing breaks.

import { test, expect } from './support/fixtures.ts';
import { isWellFormed } from './support/xml.ts';

test('a control character typed into a text field is refused with a message', async ({ editor, page }) => {
  const owner = editor.docOwner();
  await editor.fill(owner, 'Contoso');
  const before = await editor.previewText();

  await owner.press('End');
  await page.keyboard.insertText('\u0007');
  await expect(owner).toHaveValue('Contoso');
  await expect(owner).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.helperOf(owner)).toHaveText(
    'Character U+0007 at position 8 cannot be stored in an XML file; it was not entered.',
  );
  const after = await editor.previewText();
  expect(after).toBe(before);
  expect(isWellFormed(after)).toBe(true);

  // The page still works: the next valid keystroke is taken and clears the message.
  await owner.press('End');
  await owner.press('X');
  await expect(owner).toHaveValue('ContosoX');
  await expect(owner).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.helperOf(owner)).not.toContainText('cannot be stored');
  await expect(editor.preview()).toContainText('Owner="ContosoX"');
});

test('a refused character in the middle of a value leaves the text and the caret where they were', async ({ editor, page }) => {
  const owner = editor.docOwner();
  await editor.fill(owner, 'Cont', { type: true });
  await owner.press('Home');
  await owner.press('ArrowRight');
  await owner.press('ArrowRight');
  await page.keyboard.insertText('\u0001');
  await expect(owner).toHaveValue('Cont');
  await expect(editor.helperOf(owner)).toContainText('Character U+0001 at position 3 cannot be stored');
  // The next key lands where the refused one was typed.
  await page.keyboard.press('X');
  await expect(owner).toHaveValue('CoXnt');
  await expect(editor.preview()).toContainText('Owner="CoXnt"');
});

test('a pasted value with a control character is refused in condition fields too', async ({ editor, page }) => {
  await editor.openTarget(0);

  // Condition value (a plain text field).
  const value = editor.conditionValue(0, 1);
  await editor.fill(value, '010');
  await value.press('ControlOrMeta+a');
  await page.keyboard.insertText('01\u001B0');
  await expect(value).toHaveValue('010');
  await expect(editor.helperOf(value)).toContainText('Character U+001B at position 3 cannot be stored');

  // Condition name (a free-text combo box).
  const name = editor.conditionName(0, 2);
  await name.click();
  await name.press('End');
  await page.keyboard.insertText('\u0000');
  await expect(name).toHaveValue('SPN');
  await expect(editor.fieldOf(name)).toContainText('Character U+0000');

  const text = await editor.previewText();
  expect(isWellFormed(text)).toBe(true);
  expect(text).toContain('<Condition Name="MNC" Value="010" />');
  expect(text).toContain('<Condition Name="SPN" Value="" />');
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
});
