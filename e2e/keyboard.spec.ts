// Keyboard journeys (issue 22): choosing a part moves the focus into its form, Alt+↑/↓ walk the parts (from the list
// and from inside a form), Ctrl+S downloads, Ctrl+O opens a file, "?" lists every shortcut, and a keyboard-only
// session completes the founding scenario from a new empty document and downloads it with Ctrl+S.

import type { Page } from '@playwright/test';
import { VIEWPORTS } from './support/viewports.ts';
import { test, expect } from './support/fixtures.ts';
import { at, conditionsOf, parseXml, settingsOf } from './support/xml.ts';
import type { EditorPage } from './pages/editor-page.ts';

/** The data-testid of the focused element (or, for a select, of its hidden input beside it). */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return null;
    return a.dataset.testid ?? a.parentElement?.querySelector<HTMLElement>(':scope > input[data-testid]')?.dataset.testid ?? null;
  });
}

/** Presses Tab (Shift+Tab with `back`) until the element with `testId` has the focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, back = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${testId} never got the focus in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Types `text` into the focused field and waits for it to hold `text`. */
async function typeHere(editor: EditorPage, testId: string, text: string): Promise<void> {
  await expect(editor.tid(testId)).toBeFocused();
  await editor.page.keyboard.press('ControlOrMeta+a');
  await editor.page.keyboard.type(text);
  await expect(editor.tid(testId)).toHaveValue(text);
}

/** Opens the focused select (ArrowDown), walks its options to `label` and picks it with Enter. */
async function chooseHere(editor: EditorPage, testId: string, label: string): Promise<void> {
  const page = editor.page;
  expect(await focusedTestId(page)).toBe(testId);
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const option = listbox.getByRole('option', { name: label, exact: true });
  await expect(option).toBeVisible();
  for (let i = 0; i < 20 && !(await option.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(option).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(editor.tid(testId)).toHaveValue(label);
}

/** Counts the pointer events the page receives, to prove a session used the keyboard alone. */
async function watchPointer(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'click'])
      window.addEventListener(type, (e) => {
        if (e.isTrusted && (e as MouseEvent).detail > 0) w.pointerEvents++;
      }, true);
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents);
}

for (const viewport of VIEWPORTS) {
  test.describe(`keyboard at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('choosing a part moves the focus into its form; Alt+↑/↓ walk the parts from the list and from a form', async ({ editor, page }) => {
      // Enter on a part: its form opens and its first field has the focus.
      await editor.navTarget(0).focus();
      await page.keyboard.press('Enter');
      await expect(editor.targetId()).toBeFocused();
      // A click chooses too.
      await editor.navDocument().click();
      await expect(editor.docName()).toBeFocused();

      // From inside a form: Alt+↓ goes to the next part (Imports), Alt+↑ back; the focus follows into the form.
      await editor.docOwner().focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(editor.navImports()).toHaveAttribute('aria-current', 'true');
      await page.keyboard.press('Alt+ArrowUp');
      await expect(editor.navDocument()).toHaveAttribute('aria-current', 'true');
      await expect(editor.docName()).toBeFocused();
      // Static → the first variant, skipping the header, and the variant's first field has the focus.
      await editor.openStatic();
      await editor.itemPath(0).focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(editor.navVariant(0)).toHaveAttribute('aria-current', 'true');
      await expect(editor.variantName()).toBeFocused();
      // At the end of the list nothing moves.
      await page.keyboard.press('Alt+ArrowDown');
      await expect(editor.navVariant(0)).toHaveAttribute('aria-current', 'true');

      // In the list, Alt+↑ moves like ↑ and the focus stays in the list.
      await editor.navVariant(0).focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(editor.navStatic()).toBeFocused();
      await expect(editor.navStatic()).toHaveAttribute('aria-current', 'true');
    });

    test('"?" lists every shortcut, but types into a field; Ctrl+S downloads and Ctrl+O opens a file', async ({ editor, page }) => {
      await editor.navDocument().focus();
      await page.keyboard.press('?');
      const dialog = editor.tid('shortcuts-dialog').getByRole('dialog');
      await expect(dialog).toBeVisible();
      for (const does of ['Undo the last change', 'Redo', 'Download the document', 'Open a file', 'Previous or next part', 'Show these shortcuts']) {
        await expect(dialog).toContainText(does);
      }
      await expect(dialog.locator('kbd', { hasText: /^Y$/ })).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(editor.navDocument()).toBeFocused();

      // In a text field "?" is a character.
      await editor.docOwner().focus();
      await page.keyboard.press('?');
      await expect(editor.docOwner()).toHaveValue('?');
      await expect(dialog).toBeHidden();
      await editor.fill(editor.docOwner(), 'Contoso');

      // Ctrl+S: the browser's "Save page" never opens; the document (which still has errors: MCC, MNC, SPN and the
      // short code are empty) asks first, as the Download button does, and downloads from the dialog.
      await page.keyboard.press('ControlOrMeta+s');
      const ask = editor.tid('download-confirm-dialog').getByRole('dialog');
      await expect(ask).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(ask).toBeHidden();
      await page.keyboard.press('ControlOrMeta+s');
      await expect(ask).toBeVisible();
      await tabTo(page, 'download-anyway');
      const downloaded = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      expect((await downloaded).suggestedFilename()).toBe('SMStoSMTP.xml');
      await expect(ask).toBeHidden();

      // Ctrl+O: the file picker; the chosen file opens as a new document.
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('ControlOrMeta+o');
      const picker = await chooser;
      const xml = '<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Opened" Owner="Fabrikam" OwnerType="OEM" />\n';
      await picker.setFiles({ name: 'opened.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
      await expect(editor.preview()).toContainText('Name="Opened"');
    });

    test('a keyboard-only session completes the founding scenario from an empty document and downloads it with Ctrl+S', async ({ editor, page }) => {
      const pointerCount = await watchPointer(page);
      // New → New empty document, from the top bar.
      await page.keyboard.press('Tab');
      await tabTo(page, 'new-menu');
      await page.keyboard.press('Enter');
      await expect(editor.tid('new-empty')).toBeVisible();
      await expect(editor.tid('new-founding')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(editor.tid('new-empty')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(editor.navDocument()).toContainText('Owner needed');
      await expect(editor.navTarget(0)).toHaveCount(0);

      // The document: Name and Owner.
      await tabTo(page, 'nav-document', true);
      await page.keyboard.press('Enter');
      await typeHere(editor, 'doc-name', 'SMStoSMTP');
      await tabTo(page, 'doc-owner');
      await typeHere(editor, 'doc-owner', 'Contoso');

      // A target: Add target opens its form with the focus in its Id.
      await tabTo(page, 'add-target', true);
      await page.keyboard.press('Enter');
      await typeHere(editor, 'target-id', 'Operator');
      await tabTo(page, 'state-0-condition-0-value');
      await expect(editor.conditionName(0, 0)).toHaveValue('MCC');
      await typeHere(editor, 'state-0-condition-0-value', '310');
      await tabTo(page, 'state-0-condition-1-value');
      await expect(editor.conditionName(0, 1)).toHaveValue('MNC');
      await typeHere(editor, 'state-0-condition-1-value', '010');

      // Static: Multivariant/Enable = 1 (Alt+↓ from the target's form is Static, next in the list).
      await page.keyboard.press('Alt+ArrowDown');
      await expect(editor.navStatic()).toHaveAttribute('aria-current', 'true');
      await expect(editor.tid('static-form')).toBeVisible();
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="static-form"]'))).toBe(true);
      await tabTo(page, 'add-settings-group');
      await page.keyboard.press('Enter');
      await expect(editor.itemPath(0)).toBeVisible();
      await tabTo(page, 'item-0-path');
      await typeHere(editor, 'item-0-path', 'Multivariant');
      await page.keyboard.press('Escape');
      await tabTo(page, 'item-0-entry-0-name');
      await typeHere(editor, 'item-0-entry-0-name', 'Enable');
      await page.keyboard.press('Escape');
      await tabTo(page, 'item-0-entry-0-value');
      await chooseHere(editor, 'item-0-entry-0-value', '1');

      // A variant pointing at the target, with the two per-SIM settings.
      await tabTo(page, 'add-variant', true);
      await page.keyboard.press('Enter');
      await typeHere(editor, 'variant-name', 'Operator');
      await tabTo(page, 'variant-target');
      await chooseHere(editor, 'variant-target', 'Operator');
      await tabTo(page, 'add-settings-group');
      await page.keyboard.press('Enter');
      await tabTo(page, 'item-0-path');
      await typeHere(editor, 'item-0-path', 'Messaging/PerSimSettings/$(__ICCID)');
      await page.keyboard.press('Escape');
      await tabTo(page, 'item-0-entry-0-name');
      await typeHere(editor, 'item-0-entry-0-name', 'AllowSMStoSMTPAddress');
      await page.keyboard.press('Escape');
      await tabTo(page, 'item-0-entry-0-value');
      await chooseHere(editor, 'item-0-entry-0-value', '1');
      await tabTo(page, 'item-0-add-setting');
      await page.keyboard.press('Enter');
      await tabTo(page, 'item-0-entry-1-name');
      await typeHere(editor, 'item-0-entry-1-name', 'SMStoSMTPShortCode');
      await page.keyboard.press('Escape');
      await tabTo(page, 'item-0-entry-1-value');
      await typeHere(editor, 'item-0-entry-1-value', '12345');

      // Nothing left to fix: Ctrl+S downloads at once, from inside the form.
      await expect(editor.tid('problem-0')).toHaveCount(0);
      const downloaded = page.waitForEvent('download');
      await page.keyboard.press('ControlOrMeta+s');
      const dl = await downloaded;
      expect(dl.suggestedFilename()).toBe('SMStoSMTP.xml');
      const root = parseXml(await (await import('node:fs/promises')).readFile((await dl.path())!, 'utf8'));
      expect(root.attrs).toMatchObject({ Name: 'SMStoSMTP', Owner: 'Contoso' });
      const target = at(root, 'Targets', 'Target');
      expect(target.attrs.Id).toBe('Operator');
      expect(conditionsOf(at(target, 'TargetState'))).toEqual([
        ['MCC', '310'],
        ['MNC', '010'],
      ]);
      expect(settingsOf(at(root, 'Static'), 'Multivariant')).toEqual({ Enable: '1' });
      const variant = at(root, 'Variant');
      expect(at(variant, 'TargetRefs', 'TargetRef').attrs.Id).toBe('Operator');
      expect(settingsOf(variant, 'Messaging/PerSimSettings/$(__ICCID)')).toEqual({ AllowSMStoSMTPAddress: '1', SMStoSMTPShortCode: '12345' });
      expect(await pointerCount()).toBe(0);
    });
  });
}
