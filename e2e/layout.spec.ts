// Journeys: a steady layout at any window size. Clicking through the rows of a settings group while the help
// shows lands every click where it was aimed (nothing moves between press and release); value fields keep a
// readable width and the row buttons never cover them; the panes resize by dragging and with the keyboard, the
// preview collapses and comes back, and the sizes survive a reload, even with a storage that refuses everything.
// Each at 1024 × 768, at 1440 × 900, and at 1280 × 720 with 150 % zoom (a CSS viewport of 853 × 480 at a device
// pixel ratio of 1.5: what the browser lays out at that zoom).

import { test, expect } from './support/fixtures.ts';
import { CatalogPage } from './pages/catalog-page.ts';
import { LayoutPage, box, inside, overlap } from './pages/layout-page.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

const SIZES = [
  { name: '1024 × 768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  { name: '1440 × 900', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  { name: '1280 × 720 at 150 %', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 },
];

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('clicks through a settings group land while the help shows', async ({ editor }) => {
      const layout = new LayoutPage(editor);
      const catalog = new CatalogPage(editor);
      await editor.openVariant(0);
      // The founding variant's group: a boolean (a dropdown) and a short code (text); then a list setting and
      // a setting the catalog does not know (its Type is a dropdown too).
      await catalog.openBrowser(0);
      await catalog.search('SmsInterceptPorts');
      await catalog.row('SmsInterceptPorts', PS).click();
      await expect(editor.entryName(0, 2)).toHaveValue('SmsInterceptPorts');
      await editor.addSetting(0);
      await expect(editor.entryName(0, 3)).toBeAttached();

      // The name of the first setting: focused, and its help shows in the help pane.
      await layout.steadyClick(editor.entryName(0, 0), 0);
      await expect(editor.entryName(0, 0)).toBeFocused();
      await expect(catalog.help(0, 0)).toContainText('AllowSMStoSMTPAddress');
      await expect(layout.pane('help')).toContainText('0, 1, False, True');

      // The boolean's dropdown opens on the press and picks nothing by itself; the option clicked is the value.
      const booleanBox = editor.entryValue(0, 0).locator('xpath=..').locator('[role="combobox"]');
      const before = await editor.entryValue(0, 0).inputValue();
      await layout.steadyClick(booleanBox, 0);
      const listbox = editor.page.getByRole('listbox');
      await expect(listbox).toBeVisible();
      await expect(editor.entryValue(0, 0)).toHaveValue(before);
      await listbox.getByRole('option', { name: 'False', exact: true }).click();
      await expect(listbox).toBeHidden();
      await expect(editor.entryValue(0, 0)).toHaveValue('False');
      await expect(booleanBox).toBeFocused();
      await layout.menuGone();

      // The short code: the click focuses it, and typing goes into it.
      await layout.steadyClick(editor.entryValue(0, 1), 0);
      await expect(editor.entryValue(0, 1)).toBeFocused();
      await expect(catalog.help(0, 1)).toContainText('SMStoSMTPShortCode');
      await expect(catalog.help(0, 0)).toHaveCount(0);
      await editor.page.keyboard.type('1234');
      await expect(editor.entryValue(0, 1)).toHaveValue('1234');

      // The list's first item takes the click (not the row's remove button next to it).
      const item0 = catalog.listItem(0, 2, 0);
      await layout.steadyClick(item0, 0);
      await expect(item0).toBeFocused();
      await expect(editor.entryName(0, 2)).toHaveValue('SmsInterceptPorts');
      for (const action of ['up', 'down', 'duplicate', 'remove'] as const) {
        expect(overlap(await box(item0), await box(editor.rowAction('item-0-entry-2', action))), `list item vs ${action}`).toBe(false);
      }

      // The unknown setting's Type dropdown: opens, and the option clicked is the one set.
      const typeBox = editor.tid('item-0-entry-3-type').locator('xpath=..').locator('[role="combobox"]');
      await layout.steadyClick(typeBox, 0);
      await listbox.getByRole('option', { name: 'integer', exact: true }).click();
      await expect(editor.tid('item-0-entry-3-type')).toHaveValue('integer');
      await expect(typeBox).toBeFocused();
      await layout.menuGone();
      await expect(layout.pane('help')).toContainText('Choose a setting name');

      // A row button: "move down" on the first row moves that row, and only that.
      await layout.steadyClick(editor.rowAction('item-0-entry-0', 'down'), 0);
      await expect(editor.entryName(0, 1)).toHaveValue('AllowSMStoSMTPAddress');
      await expect(editor.entryName(0, 0)).toHaveValue('SMStoSMTPShortCode');
    });

    test('value fields stay readable and nothing is cut off or covered', async ({ editor }) => {
      const layout = new LayoutPage(editor);
      const form = layout.form();
      // The target's conditions: MCC, MNC, SPN.
      await editor.openTarget(0);
      const card = editor.tid('state-0');
      for (const i of [0, 1, 2]) {
        const value = editor.conditionValue(0, i);
        await value.scrollIntoViewIfNeeded();
        expect((await box(value)).width, `condition ${i} value width`).toBeGreaterThanOrEqual(100);
        expect((await box(editor.conditionName(0, i))).width, `condition ${i} name width`).toBeGreaterThanOrEqual(70);
        const cardBox = await box(card);
        for (const part of [editor.conditionWildcard(0, i).locator('xpath=ancestor::label[1]'), editor.rowAction(`state-0-condition-${i}`, 'remove'), value]) {
          await part.scrollIntoViewIfNeeded();
          expect(inside(await box(part), await box(card)), `condition ${i}: ${String(part)} inside its card`).toBe(true);
          expect(inside(await box(part), await box(form)), `condition ${i}: ${String(part)} inside the form pane`).toBe(true);
          expect((await box(part)).x + 1).toBeLessThan(cardBox.x + cardBox.width);
        }
      }
      expect(await form.evaluate((e) => e.scrollWidth <= e.clientWidth), 'the form does not scroll sideways').toBe(true);
      await editor.fill(editor.conditionValue(0, 0), '310');
      await expect(editor.conditionValue(0, 0)).toHaveValue('310');

      // The variant: the short code's field is readable; the row's buttons cover no field of the row.
      await editor.openVariant(0);
      const code = editor.entryValue(0, 1);
      await code.scrollIntoViewIfNeeded();
      expect((await box(code)).width).toBeGreaterThanOrEqual(160);
      for (const e of [0, 1]) {
        for (const action of ['up', 'down', 'duplicate', 'remove'] as const) {
          await editor.rowAction(`item-0-entry-${e}`, action).scrollIntoViewIfNeeded();
          const button = await box(editor.rowAction(`item-0-entry-${e}`, action));
          expect(inside(button, await box(form)), `entry ${e} ${action} inside the form`).toBe(true);
          expect(overlap(button, await box(editor.entryValue(0, e).locator('xpath=..'))), `entry ${e} ${action} vs value`).toBe(false);
          expect(overlap(button, await box(editor.entryName(0, e))), `entry ${e} ${action} vs name`).toBe(false);
        }
      }
      expect(await form.evaluate((e) => e.scrollWidth <= e.clientWidth), 'the form does not scroll sideways').toBe(true);
    });

    test('panes resize by dragging and with the keyboard; the preview collapses; sizes survive a reload', async ({ editor, page }) => {
      const layout = new LayoutPage(editor);
      const parts = layout.pane('parts');
      const preview = layout.pane('preview');
      const partsWidth = (await box(parts)).width;

      // Dragging the parts list's edge 60 px to the right widens it by that.
      await layout.drag('parts', 60, 0);
      await expect.poll(async () => Math.round((await box(parts)).width - partsWidth)).toBeGreaterThanOrEqual(58);
      const dragged = (await box(parts)).width;

      // The separator before the preview: focusable, named, moved with the arrow keys.
      const sep = layout.separator('preview');
      await expect(sep).toHaveAccessibleName('Resize the form and the XML preview');
      await sep.focus();
      await expect(sep).toBeFocused();
      const now = Number(await sep.getAttribute('aria-valuenow'));
      const previewWidth = (await box(preview)).width;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Number(await sep.getAttribute('aria-valuenow'))).toBeGreaterThan(now);
      await expect.poll(async () => (await box(preview)).width).toBeLessThan(previewWidth);
      const keyed = (await box(preview)).width;

      // Both sizes come back after a reload.
      await editor.open();
      await expect.poll(async () => Math.abs((await box(parts)).width - dragged)).toBeLessThan(2);
      await expect.poll(async () => Math.abs((await box(preview)).width - keyed)).toBeLessThan(2);

      // The preview collapses to its rail and comes back; collapsed survives a reload too.
      const hide = page.getByRole('button', { name: 'Hide the XML preview' });
      await hide.click();
      await expect(editor.preview()).toBeHidden();
      await expect.poll(async () => (await box(preview)).width).toBeLessThan(40);
      await editor.page.reload();
      const show = page.getByRole('button', { name: 'Show the XML preview' });
      await expect(show).toBeVisible();
      await expect(editor.preview()).toBeHidden();
      await show.focus();
      await page.keyboard.press('Enter');
      await expect(editor.preview()).toBeVisible();
      await expect.poll(async () => (await box(preview)).width).toBeGreaterThan(200);
      await expect(hide).toHaveAttribute('aria-expanded', 'true');
    });
  });
}

test('a storage that refuses every read and write leaves the panes working', async ({ page, editor }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
  });
  await editor.open();
  const layout = new LayoutPage(editor);
  const parts = layout.pane('parts');
  const width = (await box(parts)).width;
  await layout.drag('parts', 80, 0);
  await expect.poll(async () => (await box(parts)).width).toBeGreaterThan(width + 70);
  await page.getByRole('button', { name: 'Hide the XML preview' }).click();
  await expect(editor.preview()).toBeHidden();
  await page.getByRole('button', { name: 'Show the XML preview' }).click();
  await expect(editor.preview()).toBeVisible();
  // The page errors fixture fails the test on any uncaught error.
});
