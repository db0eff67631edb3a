// Issue 4 journey: a user makes three different mistakes and fixes each from the problems panel.

import { test, expect } from './support/fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';

/** The problem row with diagnostic code `code`, and its quick-fix button. */
function problem(editor: EditorPage, code: string) {
  const row = editor.tid('diagnostics-panel').locator(`[data-code="${code}"]`);
  return {
    row,
    async fix() {
      const id = await row.getAttribute('data-testid');
      await editor.tid(`${id}-fix`).click();
    },
  };
}

test('three mistakes, each fixed from the problems panel', async ({ editor }) => {
  // Start from a complete founding document: no errors.
  await editor.fill(editor.docOwner(), 'Contoso');
  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 1), '010');
  await editor.fill(editor.conditionValue(0, 2), 'Contoso Mobile');
  await editor.openVariant(0);
  await editor.fill(editor.entryValue(0, 1), '12345');

  // Mistake 1: a two-digit MCC.
  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 0), '31');
  const mcc = problem(editor, 'condition-value-invalid');
  await expect(mcc.row).toContainText('MCC');
  await expect(editor.tid('error-count')).toHaveText('1');

  // Mistake 2: a capitalised prefix copied from the WCD docs (typed as a whole into the value). The tool reads
  // "Range:10,20" as a plain MNC, which is invalid: an error.
  await editor.conditionValue(0, 1).fill('Range:10,20');
  await expect(editor.conditionValue(0, 1)).toHaveValue('10,20');
  await expect(editor.tid('state-0-condition-1-mode')).toHaveValue('range');
  const prefix = problem(editor, 'condition-prefix-invalid');
  await expect(prefix.row).toBeVisible();
  await expect(editor.tid('error-count')).toHaveText('2');

  // Mistake 3: the Multivariant group removed from Static while variants exist.
  await editor.openStatic();
  await editor.rowAction('item-0', 'remove').click();
  const multivariant = problem(editor, 'multivariant-missing');
  await expect(multivariant.row).toBeVisible();
  await expect(editor.tid('warning-count')).toHaveText('1');

  // Fix 1: choosing the problem opens the target and focuses the MCC value, which shows the message.
  await mcc.row.click();
  await expect(editor.tid('target-form')).toBeVisible();
  const mccInput = editor.conditionValue(0, 0);
  await expect(mccInput).toBeFocused();
  await expect(editor.helperOf(mccInput)).toContainText('three digits');
  await mccInput.press('End');
  await mccInput.pressSequentially('0');
  await expect(mccInput).toHaveValue('310');
  await expect(mcc.row).toHaveCount(0);
  await expect(editor.tid('error-count')).toHaveText('1');

  // Fix 2: one click lowercases the prefix.
  await prefix.fix();
  await expect(prefix.row).toHaveCount(0);
  await expect(editor.tid('error-count')).toHaveText('0');
  expect(await editor.previewText()).toContain('<Condition Name="MNC" Value="range:10,20" />');

  // Fix 3: one click puts Multivariant/Enable=1 back.
  await multivariant.fix();
  await expect(multivariant.row).toHaveCount(0);
  const xml = await editor.previewText();
  expect(xml).toMatch(/<Settings Path="Multivariant">\s*<Setting Name="Enable" Value="1" \/>\s*<\/Settings>/);
  await expect(editor.tid('no-problems')).toBeVisible();
  await expect(editor.tid('warning-count')).toHaveText('0');
});

test('a per-SIM group in Static is moved to a variant by its quick fix', async ({ editor }) => {
  await editor.openStatic();
  await editor.addSettingsGroup();
  await editor.fill(editor.itemPath(2), 'Messaging/PerSimSettings/$(__ICCID)');
  const perSim = problem(editor, 'per-sim-in-static');
  await expect(perSim.row).toBeVisible();
  await editor.fill(editor.entryName(2, 0), 'RcsEnabled');
  await perSim.fix();
  // The variant already has a group of that path: the setting joins it instead of making a second group.
  await expect(editor.page.getByRole('menuitem', { name: /Operator/ })).toContainText('Joins its "Messaging/PerSimSettings/$(__ICCID)" group');
  await editor.page.getByRole('menuitem', { name: /Operator/ }).click();
  await expect(perSim.row).toHaveCount(0);
  await expect(editor.tid('variant-form')).toBeVisible();
  const xml = await editor.previewText();
  const variant = xml.slice(xml.indexOf('<Variant'));
  expect(variant.match(/Path="Messaging\/PerSimSettings\/\$\(__ICCID\)"/g)).toHaveLength(1);
  expect(variant).toContain('<Setting Name="RcsEnabled"');
  expect(xml.slice(0, xml.indexOf('<Variant'))).not.toContain('PerSimSettings');
});

test('strict mode turns an unknown settings path into an error', async ({ editor }) => {
  await editor.openStatic();
  await editor.addSettingsGroup();
  await editor.fill(editor.itemPath(2), 'Contoso/NoSuchPolicy');
  const unknown = problem(editor, 'path-unknown');
  await expect(unknown.row).toHaveAttribute('data-severity', 'warning');
  await expect(editor.tid('error-count')).toHaveText(/^\d+$/); // counted (not '…' while checking)
  const errorsBefore = Number(await editor.tid('error-count').textContent());
  await editor.tid('strict-toggle').locator('input').check();
  await expect(unknown.row).toHaveAttribute('data-severity', 'error');
  await expect(editor.tid('error-count')).toHaveText(String(errorsBefore + 1));
});

test('downloading a document with errors asks first and names the count', async ({ editor }) => {
  await editor.tid('download').click();
  const dialog = editor.tid('download-confirm-dialog');
  // The first screen's document: an empty Owner, MCC and MNC (an empty SPN and short code are only advice: the
  // imaging tool accepts them).
  await expect(dialog).toContainText('Download with 3 errors?');
  await editor.tid('download-cancel').click();
  await expect(dialog).toBeHidden();
});
