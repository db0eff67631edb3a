// Journey (a): a new user completes the founding scenario (SMS to SMTP) from the first screen and downloads it.

import { test, expect } from './support/fixtures.ts';
import { at, CAF_NS, conditionsOf, kids, parseXml, settingsOf } from './support/xml.ts';

test('the first screen is the founding scenario with the needed fields marked', async ({ editor }) => {
  // The document form: Owner is empty and marked as needed.
  await expect(editor.docName()).toHaveValue('SMStoSMTP');
  await expect(editor.docOwner()).toHaveValue('');
  await expect(editor.helperOf(editor.docOwner())).toHaveText(/^Needed/);
  await expect(editor.navDocument()).toContainText('Owner needed');

  const first = parseXml(await editor.previewText());
  expect(first.name).toBe('ImageCustomizations');
  expect(first.ns).toBe(CAF_NS);
  expect(settingsOf(at(first, 'Static'), 'Multivariant')).toEqual({ Enable: '1' });
  expect(settingsOf(at(first, 'Static'), 'AutoDataConfig')).toEqual({ Enable: '0' });
  const targets = kids(at(first, 'Targets'), 'Target');
  expect(targets.map((t) => t.attrs.Id)).toEqual(['Operator']);
  expect(conditionsOf(at(targets[0], 'TargetState'))).toEqual([
    ['MCC', ''],
    ['MNC', ''],
    ['SPN', ''],
  ]);
  const variants = kids(first, 'Variant');
  expect(variants).toHaveLength(1);
  expect(settingsOf(variants[0], 'Messaging/PerSimSettings/$(__ICCID)')).toEqual({
    AllowSMStoSMTPAddress: '1',
    SMStoSMTPShortCode: '',
  });

  // The target form: the three conditions, values empty and needed.
  await expect(editor.navTarget(0)).toContainText('Operator');
  await editor.openTarget(0);
  for (const [j, name] of ['MCC', 'MNC', 'SPN'].entries()) {
    await expect(editor.conditionName(0, j)).toHaveValue(name);
    await expect(editor.conditionValue(0, j)).toHaveValue('');
    await expect(editor.helperOf(editor.conditionValue(0, j))).toHaveText(/^Needed/);
  }

  // The static form: the two fixed groups.
  await editor.openStatic();
  await expect(editor.itemPath(0)).toHaveValue('Multivariant');
  await expect(editor.entryName(0, 0)).toHaveValue('Enable');
  await expect(editor.entryValue(0, 0)).toHaveValue('1');
  await expect(editor.itemPath(1)).toHaveValue('AutoDataConfig');
  await expect(editor.entryValue(1, 0)).toHaveValue('0');

  // The variant form: the allow flag is set, the short code is empty and needed.
  await editor.openVariant(0);
  await expect(editor.variantTarget()).toHaveValue('Operator');
  await expect(editor.entryName(0, 0)).toHaveValue('AllowSMStoSMTPAddress');
  await expect(editor.entryValue(0, 0)).toHaveValue('1');
  await expect(editor.entryName(0, 1)).toHaveValue('SMStoSMTPShortCode');
  await expect(editor.entryValue(0, 1)).toHaveValue('');
  await expect(editor.helperOf(editor.entryValue(0, 1))).toHaveText(/^Needed/);
});

test('the preview follows every keystroke', async ({ editor }) => {
  const preview = editor.preview();
  const owner = editor.docOwner();
  await owner.click();
  let typed = '';
  for (const ch of 'Contoso') {
    typed += ch;
    await owner.press(ch);
    // No blur, no button: the preview alone shows the new character.
    await expect(preview).toContainText(`Owner="${typed}"`);
  }
  await expect(owner).toBeFocused();
  await expect(editor.helperOf(owner)).not.toContainText('Needed');
});

test('a new user fills the founding scenario and downloads exactly the preview', async ({ editor }) => {
  await editor.fill(editor.docOwner(), 'Contoso', { type: true });

  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 0), '310', { type: true });
  await editor.fill(editor.conditionValue(0, 1), '010', { type: true });
  await editor.fill(editor.conditionValue(0, 2), 'Contoso Mobile', { type: true });
  // MNC keeps its leading zero in the form and in the preview.
  await expect(editor.conditionValue(0, 1)).toHaveValue('010');
  await expect(editor.preview()).toContainText('<Condition Name="MNC" Value="010" />');
  for (const j of [0, 1, 2]) await expect(editor.fieldOf(editor.conditionValue(0, j))).not.toContainText('Needed');

  await editor.openVariant(0);
  await editor.fill(editor.entryValue(0, 1), '12345', { type: true });
  await expect(editor.fieldOf(editor.entryValue(0, 1))).not.toContainText('Needed');

  const previewText = await editor.previewText();
  // A completed founding document has no errors, so Download asks nothing.
  const file = await editor.download(false);
  expect(file.fileName).toBe('SMStoSMTP.xml');
  expect(file.text).toBe(previewText);

  const root = parseXml(file.text); // throws when not well-formed
  expect(file.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(root.name).toBe('ImageCustomizations');
  expect(root.ns).toBe(CAF_NS);
  expect(root.attrs).toMatchObject({ Name: 'SMStoSMTP', Owner: 'Contoso', OwnerType: 'OEM' });

  const target = at(root, 'Targets', 'Target');
  expect(target.attrs.Id).toBe('Operator');
  expect(conditionsOf(at(target, 'TargetState'))).toEqual([
    ['MCC', '310'],
    ['MNC', '010'],
    ['SPN', 'Contoso Mobile'],
  ]);
  expect(settingsOf(at(root, 'Static'), 'Multivariant')).toEqual({ Enable: '1' });
  expect(settingsOf(at(root, 'Static'), 'AutoDataConfig')).toEqual({ Enable: '0' });

  const variant = at(root, 'Variant');
  expect(variant.attrs.Name).toBe('Operator');
  expect(at(variant, 'TargetRefs', 'TargetRef').attrs.Id).toBe('Operator');
  expect(settingsOf(variant, 'Messaging/PerSimSettings/$(__ICCID)')).toEqual({
    AllowSMStoSMTPAddress: '1',
    SMStoSMTPShortCode: '12345',
  });
  // Written in the expected textual form too (exact attributes, no reformatting of the values).
  expect(file.text).toContain('<Condition Name="MNC" Value="010" />');
  expect(file.text).toContain('<Setting Name="SMStoSMTPShortCode" Value="12345" />');
  expect(file.text).toContain('Owner="Contoso"');
});
