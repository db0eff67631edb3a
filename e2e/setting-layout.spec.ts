// Journey: reading a setting row whatever the window. A setting that shows a Type (one the catalog does not
// know) gets its Value on a line of its own when the form column is narrow, so the value is readable and no
// field covers another; with room enough, name, value and Type share one line.

import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

type Box = Awaited<ReturnType<typeof box>>;
/** Two fields on one line: their vertical extents overlap. */
const sameLine = (a: Box, b: Box) => a.y < b.y + b.height && b.y < a.y + a.height;

test('a typed setting row gives its value the room it needs', async ({ editor, page }) => {
  await editor.openVariant(0);
  // The founding variant's group: two catalog settings, then an empty setting (no catalog entry: Type shown).
  await editor.tid('item-0-add-setting').click();
  const row = editor.tid('item-0-entry-2');
  const name = editor.entryName(0, 2);
  const value = editor.entryValue(0, 2);
  const type = editor.tid('item-0-entry-2-type');
  await expect(type).toBeAttached();
  await value.fill('http://mms.operator.example.com/servlets/mms/delivery');

  // 1440 px window: the form column is narrow, so the value is below the name and spans the row.
  let r = await box(row);
  let n = await box(name);
  let v = await box(value);
  let t = await box(type);
  expect(v.y, 'value below the name').toBeGreaterThan(n.y + n.height);
  expect(v.width, 'value spans most of the row').toBeGreaterThan(r.width * 0.8);
  expect(t.x, 'Type right of the name').toBeGreaterThanOrEqual(n.x + n.width);
  expect(t.width, 'Type wide enough to read').toBeGreaterThanOrEqual(110);
  // The value shows all of a typical gateway URL.
  expect(await value.evaluate((e: HTMLInputElement) => e.scrollWidth <= e.clientWidth)).toBe(true);

  // A catalog setting without a Type keeps one line: name and value side by side.
  const n0 = await box(editor.entryName(0, 1));
  const v0 = await box(editor.entryValue(0, 1));
  expect(sameLine(v0, n0), 'catalog setting on one line').toBe(true);
  expect(v0.x).toBeGreaterThanOrEqual(n0.x + n0.width);

  // A wide window: the typed row fits on one line, Type after the value, nothing overlapping.
  await page.setViewportSize({ width: 2200, height: 900 });
  await expect.poll(async () => sameLine(await box(value), await box(name))).toBe(true);
  r = await box(row);
  n = await box(name);
  v = await box(value);
  t = await box(type);
  expect(v.x).toBeGreaterThanOrEqual(n.x + n.width);
  expect(t.x).toBeGreaterThanOrEqual(v.x + v.width);
  expect(t.x + t.width).toBeLessThanOrEqual(r.x + r.width);
});

test('a message under a value on its own line does not move the rows below', async ({ editor }) => {
  await editor.openVariant(0);
  await editor.addSetting(0);
  // A catalog integer setting that a file gave a Type: the Type stays shown, so the value has its own line.
  await editor.pickSelect(editor.tid('item-0-entry-2-type'), 'integer');
  await editor.entryName(0, 2).fill('MaxRetryCount');
  const value = editor.entryValue(0, 2);
  await value.fill('2');
  const row = editor.tid('item-0-entry-2');
  const below = editor.tid('item-0-add-setting');
  const helper = editor.tid('variant-form').locator('[data-testid="item-0-entry-2"] .MuiFormHelperText-root');
  await expect(helper).toContainText('0–3');
  const height = (await box(row)).height;
  const belowY = (await box(below)).y;

  // Out of range: the hint becomes the (longer) error message, one line, the whole of it in the title.
  await value.fill('29');
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(helper).toHaveAttribute('title', /MaxRetryCount is 29/);
  expect((await box(row)).height).toBe(height);
  expect((await box(below)).y).toBe(belowY);
});
