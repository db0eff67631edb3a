// Find in the document (issue 22, point 2): one search box in the top bar over target ids, conditions, settings
// paths, names and values, variant names and the catalog; the results are a keyboard-navigable list (an ARIA
// combobox) whose document hits go to the field. At 1024 × 768 and 1440 × 900.

import { test, expect } from '@playwright/test';
import { VIEWPORTS } from './support/viewports.ts';
import { EditorPage } from './pages/editor-page.ts';
import { violations } from './support/axe.ts';

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('Ctrl+K focuses the find box; ↓ and Enter go to a condition\'s field; Escape closes the list', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      const input = editor.tid('find-input');
      await page.keyboard.press('Control+k');
      await expect(input).toBeFocused();
      await page.keyboard.type('mnc');
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      const first = editor.tid('find-result-0');
      await expect(first).toContainText('MNC');
      await expect(first).toContainText('Condition · Name');
      await page.keyboard.press('ArrowDown');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
      await page.keyboard.press('Enter');
      await expect(editor.tid('target-form')).toBeVisible();
      await expect(editor.conditionName(0, 1)).toBeFocused();
      await expect(editor.tid('find-results')).toHaveCount(0);

      await input.click();
      await expect(editor.tid('find-results')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(editor.tid('find-results')).toHaveCount(0);
      await expect(input).toHaveAttribute('aria-expanded', 'false');
    });

    test('a variant\'s name and a setting are found and focused; the catalog shows its entries with their help', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      const input = editor.tid('find-input');
      await input.fill('operator');
      await expect(editor.tid('find-result-0')).toContainText('Target · Id');
      await expect(editor.tid('find-result-1')).toContainText('Variant · Name');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(editor.variantName()).toBeFocused();

      await input.fill('shortcode');
      await expect(editor.tid('find-result-0')).toContainText('SMStoSMTPShortCode');
      const catalog = editor.tid('find-results').getByRole('option', { name: /Messaging\/PerSimSettings/ }).last();
      await expect(catalog).toContainText('Per-SIM');
      await expect(catalog).toHaveAttribute('aria-disabled', 'true');
      // Enter with nothing chosen goes to the first result.
      await page.keyboard.press('Enter');
      await expect(editor.tid('variant-form')).toBeVisible();
      await expect(editor.entryName(0, 1)).toBeFocused();
    });

    test('a catalog hit that is not per-SIM is added to Static (one undo step)', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      await editor.tid('find-input').fill('ShowSendingStatus');
      const hit = editor.tid('find-results').getByRole('option', { name: /ShowSendingStatus/ });
      await expect(hit).toContainText('Enter adds it to Static');
      await hit.click();
      await expect(editor.tid('static-form')).toBeVisible();
      await expect(editor.preview()).toContainText('Name="ShowSendingStatus"');
      await editor.undo();
      await expect(editor.preview()).not.toContainText('ShowSendingStatus');
    });

    test('the open result list and the XML find bar pass the accessibility checks', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      await editor.tid('find-input').fill('enable');
      await expect(editor.tid('find-results').getByRole('option').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="xml-preview"] .cm-content').focus();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Operator');
      await expect(editor.tid('xml-find-status')).toHaveText(/of/);
      expect(await violations(page)).toEqual([]);
    });

    test('a query with many hits shows the first ones and says there are more', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      // Eight fields of the founding document hold an "a"; a ninth makes more than the popup shows.
      await editor.tid('find-input').fill('a');
      await expect(editor.tid('find-results').getByRole('group', { name: 'In the document' }).getByRole('option')).toHaveCount(8);
      await expect(editor.tid('find-more')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await editor.openTarget(0);
      await editor.fill(editor.conditionValue(0, 2), 'Contoso Wireless Data');
      await editor.tid('find-input').fill('a');
      await expect(editor.tid('find-more')).toBeVisible();
      await expect(editor.tid('find-results').getByRole('group', { name: 'In the document' }).getByRole('option')).toHaveCount(8);
    });

    test('a query that matches nothing says so', async ({ page }) => {
      const editor = new EditorPage(page);
      await editor.open();
      await editor.tid('find-input').fill('zzqqxx');
      await expect(editor.tid('find-nothing')).toHaveText('Nothing found for “zzqqxx”.');
    });
  });
}
