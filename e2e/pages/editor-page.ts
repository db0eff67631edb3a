// Page object for the CAF Studio editor: wraps the data-testids of the top bar, the part list, the forms and
// the preview, plus the two reliable ways to get the whole XML text (copy button → clipboard; download).

import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface Downloaded {
  readonly fileName: string;
  readonly text: string;
}

export class EditorPage {
  constructor(readonly page: Page) {}

  tid(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.tid('xml-preview')).toBeVisible();
    await expect(this.tid('document-form')).toBeVisible();
  }

  // ---- top bar ----
  async newFounding(): Promise<void> {
    await this.tid('new-menu').click();
    await this.tid('new-founding').click();
  }

  async newEmpty(): Promise<void> {
    await this.tid('new-menu').click();
    await this.tid('new-empty').click();
  }

  async undo(): Promise<void> {
    await this.tid('undo').click();
  }

  async redo(): Promise<void> {
    await this.tid('redo').click();
  }

  /**
   * Clicks Download and returns the suggested file name and the file's text (UTF-8). A document with errors
   * asks first; `confirmErrors` says whether to expect and accept that question (default: accept if asked).
   */
  async download(confirmErrors?: boolean): Promise<Downloaded> {
    const downloaded = this.page.waitForEvent('download');
    await this.tid('download').click();
    const dialog = this.tid('download-confirm-dialog');
    // Asked or not: wait for the question or the file, whichever comes (the question may take a moment to show).
    const asked =
      confirmErrors ??
      (await Promise.race([downloaded.then(() => false), dialog.waitFor().then(() => true, () => false)]));
    if (asked) {
      await dialog.waitFor();
      await this.tid('download-anyway').click();
    }
    const dl = await downloaded;
    const path = await dl.path();
    if (!path) throw new Error(`Download failed: ${await dl.failure()}`);
    return { fileName: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  // ---- part list ----
  navDocument(): Locator {
    return this.tid('nav-document');
  }
  navImports(): Locator {
    return this.tid('nav-imports');
  }
  navTarget(i: number): Locator {
    return this.tid(`nav-target-${i}`);
  }
  navStatic(): Locator {
    return this.tid('nav-static');
  }
  navVariant(i: number): Locator {
    return this.tid(`nav-variant-${i}`);
  }

  async addTarget(): Promise<void> {
    await this.tid('add-target').click();
    await expect(this.tid('target-form')).toBeVisible();
  }

  async addVariant(): Promise<void> {
    await this.tid('add-variant').click();
    await expect(this.tid('variant-form')).toBeVisible();
  }

  async openDocument(): Promise<void> {
    await this.navDocument().click();
    await expect(this.tid('document-form')).toBeVisible();
  }

  async openTarget(i: number): Promise<void> {
    await this.navTarget(i).click();
    await expect(this.tid('target-form')).toBeVisible();
  }

  async openStatic(): Promise<void> {
    await this.navStatic().click();
    await expect(this.tid('static-form')).toBeVisible();
  }

  async openVariant(i: number): Promise<void> {
    await this.navVariant(i).click();
    await expect(this.tid('variant-form')).toBeVisible();
  }

  // ---- fields ----
  docName(): Locator {
    return this.tid('doc-name');
  }
  docOwner(): Locator {
    return this.tid('doc-owner');
  }
  targetId(): Locator {
    return this.tid('target-id');
  }
  conditionName(state: number, cond: number): Locator {
    return this.tid(`state-${state}-condition-${cond}-name`);
  }
  conditionValue(state: number, cond: number): Locator {
    return this.tid(`state-${state}-condition-${cond}-value`);
  }
  conditionWildcard(state: number, cond: number): Locator {
    return this.tid(`state-${state}-condition-${cond}-wildcard`);
  }
  variantName(): Locator {
    return this.tid('variant-name');
  }
  /** The variant's target select: the hidden native input carrying the selected value. */
  variantTarget(): Locator {
    return this.tid('variant-target');
  }
  itemPath(item: number): Locator {
    return this.tid(`item-${item}-path`);
  }
  entryName(item: number, entry: number): Locator {
    return this.tid(`item-${item}-entry-${entry}-name`);
  }
  entryValue(item: number, entry: number): Locator {
    return this.tid(`item-${item}-entry-${entry}-value`);
  }

  /** The whole MUI form control (label, input, helper text) around the field whose <input> is `input`. */
  fieldOf(input: Locator): Locator {
    return input.locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")][1]');
  }

  /** The MUI helper text under the field whose <input> is `input`. */
  helperOf(input: Locator): Locator {
    return this.fieldOf(input).locator('.MuiFormHelperText-root');
  }

  /**
   * Replaces a field's value. By default as one input event (like a paste); with `{ type: true }` key by key
   * after selecting the old text, as a user types.
   */
  async fill(input: Locator, value: string, options: { type?: boolean } = {}): Promise<void> {
    if (options.type) {
      await input.click();
      await input.press('ControlOrMeta+a');
      if (value === '') await input.press('Delete');
      else await input.pressSequentially(value);
    } else {
      await input.fill(value);
    }
    await expect(input).toHaveValue(value);
  }

  /** Fills a condition name (a free-solo autocomplete) and closes its suggestion list. */
  async fillConditionName(state: number, cond: number, value: string): Promise<void> {
    const input = this.conditionName(state, cond);
    await this.fill(input, value);
    await input.press('Escape');
    await expect(input).toHaveValue(value);
  }

  async addTargetState(): Promise<void> {
    await this.tid('add-target-state').click();
  }

  async addCondition(state: number): Promise<void> {
    await this.tid(`state-${state}-add-condition`).click();
  }

  async addSettingsGroup(): Promise<void> {
    await this.tid('add-settings-group').click();
  }

  async addSetting(item: number): Promise<void> {
    await this.tid(`item-${item}-add-setting`).click();
  }

  /** Picks a target in the variant form's Target select by its Id. */
  async chooseVariantTarget(id: string): Promise<void> {
    await this.pickSelect(this.variantTarget(), id);
    await expect(this.variantTarget()).toHaveValue(id);
  }

  /** Opens an MUI select (whose hidden input is `hidden`) and picks the option named `label`. */
  async pickSelect(hidden: Locator, label: string): Promise<void> {
    await hidden.locator('xpath=..').getByRole('combobox').click();
    await this.page.getByRole('listbox').getByRole('option', { name: label, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  rowAction(testId: string, action: 'up' | 'down' | 'duplicate' | 'remove'): Locator {
    return this.tid(`${testId}-${action}`);
  }

  // ---- remove-target dialog ----
  removeTargetDialog(): Locator {
    return this.tid('remove-target-dialog');
  }

  async startRemoveTarget(): Promise<Locator> {
    await this.rowAction('target', 'remove').click();
    const dialog = this.removeTargetDialog();
    await expect(dialog.getByRole('dialog')).toBeVisible();
    return dialog;
  }

  async confirmRemoveTarget(): Promise<void> {
    await this.tid('confirm-remove-target').click();
    await expect(this.removeTargetDialog()).toHaveCount(0);
  }

  // ---- preview ----
  preview(): Locator {
    return this.tid('xml-preview');
  }

  /** The last non-empty line the preview shows once scrolled to its end (CodeMirror renders visible lines only). */
  async previewLastLine(): Promise<string> {
    const scroller = this.preview().locator('.cm-scroller');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const lines = await this.preview().locator('.cm-line').allTextContents();
    return lines.filter((l) => l.trim() !== '').at(-1)?.trim() ?? '';
  }

  /**
   * The preview's full text. CodeMirror renders only visible lines, so this copies through the Copy button
   * and reads the clipboard (the context needs 'clipboard-read' and 'clipboard-write'). It waits for the
   * clipboard itself, not for the "Copied" status: that status stays up for 2 s after a copy, so a second copy
   * soon after the first would find the old one and read the clipboard before the new text is in it.
   */
  async previewText(): Promise<string> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.tid('copy-xml').click();
    let text = '';
    await expect
      .poll(async () => (text = await this.page.evaluate(() => navigator.clipboard.readText())), { message: 'the clipboard after Copy' })
      .not.toBe('');
    return text;
  }
}
