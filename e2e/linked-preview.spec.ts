// The XML preview linked to the form, both ways (issue 22, point 1): a click on an attribute in the XML selects its
// part and focuses its field; selecting a part or focusing a field highlights where it is written. Folding and
// search (Ctrl+F) in the XML view. At 1024 × 768 and 1440 × 900.

import { test, expect, type Page } from '@playwright/test';
import { VIEWPORTS } from './support/viewports.ts';
import { EditorPage } from './pages/editor-page.ts';

/** The highlighted text in the preview (the highlight may be cut in several spans by the syntax colors). */
function linkedText(page: Page): Promise<string> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="xml-preview"] .cm-linked'), (e) => e.textContent).join(''));
}

async function openCodeView(page: Page): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.locator('[data-testid="xml-preview"] .cm-content')).toBeVisible();
  return editor;
}

/** The line of the code view that holds `text`. */
function line(page: Page, text: string) {
  return page.locator('[data-testid="xml-preview"] .cm-line', { hasText: text });
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('a click on a Condition\'s Value in the XML selects its target and focuses that value field', async ({ page }) => {
      const editor = await openCodeView(page);
      await line(page, 'Name="MNC"').locator('.cx-value').last().click();
      await expect(editor.tid('target-form')).toBeVisible();
      await expect(editor.conditionValue(0, 1)).toBeFocused();
      await expect.poll(() => linkedText(page)).toBe('Value=""');
    });

    test('a click on a Setting\'s Value in the XML focuses that setting\'s value field; on its name, the name field', async ({ page }) => {
      const editor = await openCodeView(page);
      await line(page, 'SMStoSMTPShortCode').locator('.cx-value').last().click();
      await expect(editor.tid('variant-form')).toBeVisible();
      await expect(editor.entryValue(0, 1)).toBeFocused();
      await line(page, 'AllowSMStoSMTPAddress').locator('.cx-value').first().click();
      await expect(editor.entryName(0, 0)).toBeFocused();
      await expect.poll(() => linkedText(page)).toBe('Name="AllowSMStoSMTPAddress"');
    });

    test('selecting a part highlights its start tag in the XML; focusing a field highlights its attribute, and typing keeps it', async ({ page }) => {
      const editor = await openCodeView(page);
      await editor.navVariant(0).click();
      await expect.poll(() => linkedText(page)).toBe('<Variant Name="Operator">');
      await editor.navStatic().click();
      await expect.poll(() => linkedText(page)).toBe('<Static>');
      await editor.openDocument();
      await editor.docOwner().click();
      await expect.poll(() => linkedText(page)).toBe('Owner=""');
      await page.keyboard.type('Contoso');
      await expect.poll(() => linkedText(page)).toBe('Owner="Contoso"');
    });

    test('a click on an element outside its attributes selects its part and keeps the focus in the XML', async ({ page }) => {
      const editor = await openCodeView(page);
      await line(page, '<Static>').locator('.cx-tag').first().click();
      await expect(editor.tid('static-form')).toBeVisible();
      await expect.poll(() => linkedText(page)).toBe('<Static>');
      await expect(page.locator('[data-testid="xml-preview"] .cm-content')).toBeFocused();
    });

    test('Ctrl+F in the XML view finds text, steps through the matches and closes with Escape', async ({ page }) => {
      const editor = await openCodeView(page);
      await line(page, '<Static>').locator('.cx-tag').first().click();
      const content = page.locator('[data-testid="xml-preview"] .cm-content');
      await expect(content).toBeFocused();
      await page.keyboard.press('Control+f');
      const input = editor.tid('xml-find-input');
      await expect(input).toBeFocused();
      await page.keyboard.type('enable');
      const status = editor.tid('xml-find-status');
      await expect(status).toHaveText(/^\d of 2$/);
      const current = page.locator('[data-testid="xml-preview"] .cm-search-current');
      await expect(current).toHaveText('Enable');
      const first = await status.textContent();
      await page.keyboard.press('Enter');
      await expect(status).not.toHaveText(first!);
      await page.keyboard.press('Shift+Enter');
      await expect(status).toHaveText(first!);
      await expect(page.locator('[data-testid="xml-preview"] .cm-search-match')).toHaveCount(2);
      await input.fill('no such text');
      await expect(status).toHaveText('No match');
      await page.keyboard.press('Escape');
      await expect(editor.tid('xml-find-bar')).toHaveCount(0);
      await expect(page.locator('[data-testid="xml-preview"] .cm-search-match')).toHaveCount(0);
      await expect(content).toBeFocused();
    });

    test('an element folds from the gutter and unfolds from its placeholder', async ({ page }) => {
      await openCodeView(page);
      const preview = page.locator('[data-testid="xml-preview"]');
      await expect(preview.locator('.cm-line', { hasText: 'TargetRef Id=' })).toHaveCount(1);
      const variantLine = preview.locator('.cm-line', { hasText: '<Variant Name="Operator">' });
      const box = await variantLine.boundingBox();
      // The fold marker of that line: the gutter element at the line's height.
      const marker = preview.locator('.cm-foldGutter .cm-gutterElement').filter({ hasText: '▾' });
      let clicked = false;
      for (const m of await marker.all()) {
        const b = await m.boundingBox();
        if (b && box && Math.abs(b.y + b.height / 2 - (box.y + box.height / 2)) < 4) {
          await m.click();
          clicked = true;
          break;
        }
      }
      expect(clicked).toBe(true);
      await expect(preview.locator('.cm-line', { hasText: 'TargetRef Id=' })).toHaveCount(0);
      await expect(preview.locator('.cm-foldPlaceholder')).toHaveCount(1);
      await expect(variantLine).toContainText('</Variant>');
      await preview.locator('.cm-foldPlaceholder').click();
      await expect(preview.locator('.cm-line', { hasText: 'TargetRef Id=' })).toHaveCount(1);
      await expect(preview.locator('.cm-foldPlaceholder')).toHaveCount(0);
    });

    test('the keyboard folds every part to an outline and unfolds them', async ({ page }) => {
      await openCodeView(page);
      const preview = page.locator('[data-testid="xml-preview"]');
      await preview.locator('.cm-content').focus();
      await page.keyboard.press('Control+Alt+BracketLeft');
      // Targets, Static and the Variant are folded, each to its start line; the root stays open around them.
      await expect(preview.locator('.cm-foldPlaceholder')).toHaveCount(3);
      await expect(preview.locator('.cm-line', { hasText: 'TargetRef Id=' })).toHaveCount(0);
      await expect(line(page, '<Variant Name="Operator">')).toContainText('</Variant>');
      await expect(line(page, '<ImageCustomizations')).toBeVisible();
      await page.keyboard.press('Control+Alt+BracketRight');
      await expect(preview.locator('.cm-foldPlaceholder')).toHaveCount(0);
      await expect(preview.locator('.cm-line', { hasText: 'TargetRef Id=' })).toHaveCount(1);
    });
  });
}
