// Journey (c): renaming and removing a target that a variant uses.

import { test, expect } from './support/fixtures.ts';
import { at, kids, parseXml } from './support/xml.ts';
import type { EditorPage } from './pages/editor-page.ts';

async function variantRefs(editor: EditorPage): Promise<{ name?: string; refs: (string | undefined)[] }[]> {
  const root = parseXml(await editor.previewText());
  return kids(root, 'Variant').map((v) => ({ name: v.attrs.Name, refs: kids(at(v, 'TargetRefs'), 'TargetRef').map((r) => r.attrs.Id) }));
}

async function targetIds(editor: EditorPage): Promise<(string | undefined)[]> {
  const root = parseXml(await editor.previewText());
  const targets = kids(root, 'Targets');
  return targets.length ? kids(targets[0], 'Target').map((t) => t.attrs.Id) : [];
}

test('rename a used target, then remove it: retarget, undo, remove the variant too', async ({ editor }) => {
  // Rename the founding target: the variant follows.
  await editor.openTarget(0);
  await expect(editor.helperOf(editor.targetId())).toContainText('Used by 1 variant');
  await editor.fill(editor.targetId(), 'Fabrikam');
  await expect(editor.preview()).toContainText('<TargetRef Id="Fabrikam" />');
  await expect(editor.preview()).not.toContainText('Id="Operator"');
  await expect(editor.navVariant(0)).toContainText('→ Fabrikam');
  expect(await variantRefs(editor)).toEqual([{ name: 'Operator', refs: ['Fabrikam'] }]);
  await editor.openVariant(0);
  await expect(editor.variantTarget()).toHaveValue('Fabrikam');
  await expect(editor.fieldOf(editor.variantTarget())).toContainText('Fabrikam');

  // A second target.
  await editor.addTarget();
  await editor.fill(editor.targetId(), 'Northwind');
  await expect(editor.helperOf(editor.targetId())).toContainText('Not used by any variant');
  expect(await targetIds(editor)).toEqual(['Fabrikam', 'Northwind']);

  // Remove the first: the dialog names the variant that uses it; point it to the second target.
  await editor.openTarget(0);
  let dialog = await editor.startRemoveTarget();
  await expect(dialog).toContainText('Remove target “Fabrikam”?');
  await expect(dialog).toContainText('One variant uses this target: “Operator”');
  await editor.tid('choice-retarget').check();
  await expect(editor.tid('retarget-select')).toHaveValue('Northwind');
  await editor.pickSelect(editor.tid('retarget-select'), 'Northwind');
  await editor.confirmRemoveTarget();

  await expect(editor.navTarget(1)).toHaveCount(0);
  await expect(editor.navTarget(0)).toContainText('Northwind');
  await expect(editor.navVariant(0)).toContainText('→ Northwind');
  expect(await targetIds(editor)).toEqual(['Northwind']);
  expect(await variantRefs(editor)).toEqual([{ name: 'Operator', refs: ['Northwind'] }]);
  await editor.openVariant(0);
  await expect(editor.variantTarget()).toHaveValue('Northwind');

  // Undo brings back the target and the variant's old reference, in one step.
  await editor.undo();
  await expect(editor.navTarget(1)).toBeVisible();
  await expect(editor.navTarget(0)).toContainText('Fabrikam');
  await expect(editor.navVariant(0)).toContainText('→ Fabrikam');
  expect(await targetIds(editor)).toEqual(['Fabrikam', 'Northwind']);
  expect(await variantRefs(editor)).toEqual([{ name: 'Operator', refs: ['Fabrikam'] }]);

  // Remove again, this time with its variant.
  await editor.openTarget(0);
  await expect(editor.targetId()).toHaveValue('Fabrikam');
  dialog = await editor.startRemoveTarget();
  await expect(dialog).toContainText('“Operator”');
  await editor.tid('choice-remove-variants').check();
  await editor.confirmRemoveTarget();

  await expect(editor.navVariant(0)).toHaveCount(0);
  await expect(editor.navTarget(0)).toContainText('Northwind');
  await expect(editor.navTarget(1)).toHaveCount(0);
  expect(await variantRefs(editor)).toEqual([]);
  expect(await targetIds(editor)).toEqual(['Northwind']);
  // Static is untouched.
  await expect(editor.navStatic()).toContainText('2 items');
});

test('cancelling the remove-target dialog changes nothing', async ({ editor }) => {
  const before = await editor.previewText();
  await editor.openTarget(0);
  const dialog = await editor.startRemoveTarget();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.removeTargetDialog()).toHaveCount(0);
  expect(await editor.previewText()).toBe(before);
  await expect(editor.navVariant(0)).toContainText('→ Operator');
});
