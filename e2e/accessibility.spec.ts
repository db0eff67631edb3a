// Automated accessibility checks (axe-core, WCAG 2.1 A/AA rules) of the editor's main screens and dialogs.

import { test, expect } from './support/fixtures.ts';
import { violations } from './support/axe.ts';

test('the document, target, Static and variant forms have no accessibility violations', async ({ editor, page }) => {
  expect(await violations(page)).toEqual([]);
  await editor.openTarget(0);
  expect(await violations(page)).toEqual([]);
  await editor.openStatic();
  expect(await violations(page)).toEqual([]);
  await editor.openVariant(0);
  expect(await violations(page)).toEqual([]);
});

test('the remove-target and paste dialogs have no accessibility violations', async ({ editor, page }) => {
  await editor.openTarget(0);
  await editor.rowAction('target', 'remove').click();
  await expect(editor.removeTargetDialog()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await editor.tid('open-menu').click();
  await editor.tid('open-paste').click();
  await expect(editor.tid('paste-dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
