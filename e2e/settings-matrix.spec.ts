// The settings matrix: every setting × Static and each variant. On the founding document a cell is edited in
// place (the XML follows, one undo step), a row is copied to a variant and moved to Static, the filter and "only
// rows that differ" narrow the rows, and the keyboard moves between cells. A 300-variant document scrolls both
// ways with a screenful of cells in the DOM.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { kids, parseXml, type XmlElement } from './support/xml.ts';
import { SettingsMatrixPage } from './pages/settings-matrix-page.ts';

const PER_SIM = 'Messaging/PerSimSettings/$(__ICCID)';

/** The `Name=Value` pairs of each owner's settings groups in the preview's XML, by owner ('Static' or a variant's name). */
async function settingsByOwner(m: SettingsMatrixPage): Promise<Record<string, Record<string, string[]>>> {
  const root = parseXml(await m.previewText());
  const groups = (owner: XmlElement | undefined) =>
    Object.fromEntries(
      (owner ? kids(owner, 'Settings') : []).map((g) => [g.attrs.Path, kids(g, 'Setting').map((s) => `${s.attrs.Name}=${s.attrs.Value ?? '∅'}`)]),
    );
  const out: Record<string, Record<string, string[]>> = { Static: groups(kids(root, 'Static')[0]) };
  for (const v of kids(root, 'Variant')) out[v.attrs.Name ?? ''] = groups(v);
  return out;
}

test('edit a cell, copy a row to a variant, filter, only rows that differ, move a row to Static', async ({ editor, page }) => {
  test.slow();
  const m = new SettingsMatrixPage(editor.page);
  // The first screen is the founding document: Static holds Multivariant and AutoDataConfig, the variant
  // "Operator" the two SMS-to-email settings.
  await m.openSettingsMatrix();
  await expect(m.navSettingsMatrix()).toHaveAttribute('aria-current', 'true');
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '5');
  await expect(m.grid()).toHaveAttribute('aria-colcount', '3');
  expect(await m.rowNames()).toEqual(['Enable', 'AllowSMStoSMTPAddress', 'SMStoSMTPShortCode', 'Enable']);
  await expect(m.rowHeader('SMStoSMTPShortCode')).toContainText(PER_SIM); // the macro path as written
  await expect(m.columnHeader('Operator')).toHaveAttribute('title', 'Operator (→ Operator)');
  await expect(await m.cell('SMStoSMTPShortCode', 'Operator')).toHaveText('(empty)');
  await expect(await m.cell('SMStoSMTPShortCode', 'Static')).toHaveText(/not set/);

  const axe = await new AxeBuilder({ page }).include('[data-testid="settings-matrix-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // Edit in place: a double click opens the setting's editor over the cell; every key is in the XML at once.
  const shortCode = await m.cell('SMStoSMTPShortCode', 'Operator');
  await shortCode.dblclick();
  await expect(m.editor()).toBeVisible();
  await expect(m.editorValue()).toBeFocused();
  await page.keyboard.type('4242');
  await expect(m.preview()).toContainText('Name="SMStoSMTPShortCode" Value="4242"');
  await page.keyboard.press('Enter');
  await expect(m.editor()).toHaveCount(0);
  await expect(shortCode).toBeFocused();
  await expect(shortCode).toHaveText('4242');
  // The four keys are one undo step.
  await editor.undo();
  await expect(shortCode).toHaveText('(empty)');
  await editor.redo();
  await expect(shortCode).toHaveText('4242');
  await expect(m.tid('settings-matrix-view')).toBeVisible();

  // A second variant (added from the part list); copy the short code to it, then give it another value.
  await m.addVariant();
  await m.openSettingsMatrix();
  await expect(m.columnHeader('Variant1')).toBeVisible();
  await m.rowActions('SMStoSMTPShortCode');
  await m.tid('settings-matrix-copy').click();
  await m.tid('settings-matrix-copy-target').fill('Variant1');
  await page.getByRole('option', { name: 'Variant1', exact: true }).click();
  await m.tid('settings-matrix-copy-confirm').click();
  await expect(m.tid('settings-matrix-copy-dialog')).toHaveCount(0);
  const copied = await m.cell('SMStoSMTPShortCode', 'Variant1');
  await expect(copied).toHaveText('4242');
  expect((await settingsByOwner(m)).Variant1).toEqual({ [PER_SIM]: ['SMStoSMTPShortCode=4242'] });
  await expect(m.rowHeader('SMStoSMTPShortCode')).not.toContainText('differs');

  // The keyboard: Enter edits the focused cell; Escape closes the editor too.
  await copied.click();
  await page.keyboard.press('Enter');
  await expect(m.editorValue()).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5555');
  await page.keyboard.press('Escape');
  await expect(copied).toHaveText('5555');
  await expect(copied).toBeFocused();
  await expect(m.rowHeader('SMStoSMTPShortCode')).toContainText('differs');
  await expect(m.rowHeader('SMStoSMTPShortCode')).toHaveAccessibleName(`SMStoSMTPShortCode (${PER_SIM}), differs`);
  // Arrows move the one tab stop.
  await page.keyboard.press('ArrowLeft');
  await expect(await m.cell('SMStoSMTPShortCode', 'Operator')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(await m.cell('AllowSMStoSMTPAddress', 'Operator')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(m.rowHeader('AllowSMStoSMTPAddress')).toBeFocused();
  await expect(m.grid().locator('[tabindex="0"]')).toHaveCount(1);
  // Enter on a setting opens its actions; Escape closes them and gives the focus back.
  await page.keyboard.press('Enter');
  await expect(m.tid('settings-matrix-row-menu').getByRole('menu')).toBeVisible();
  await expect(m.tid('settings-matrix-move-static')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(m.tid('settings-matrix-row-menu')).toHaveCount(0);
  await expect(m.rowHeader('AllowSMStoSMTPAddress')).toBeFocused();

  // Only rows that differ; then the filter, by path or name.
  await m.onlyDiffering().check();
  await expect.poll(() => m.rowNames()).toEqual(['SMStoSMTPShortCode']);
  await expect(m.tid('settings-matrix-count')).toContainText('1 of 4 settings');
  await m.onlyDiffering().uncheck();
  await m.filter().fill('autodata');
  await expect.poll(() => m.rowNames()).toEqual(['Enable']);
  await expect(m.rowHeader('Enable')).toContainText('AutoDataConfig');
  await m.filter().fill('persimsettings/$(__iccid)/allow');
  await expect.poll(() => m.rowNames()).toEqual(['AllowSMStoSMTPAddress']);
  await m.filter().fill('nothing like it');
  await expect(m.tid('settings-matrix-none')).toBeVisible();
  await m.filter().fill('');
  await expect.poll(() => m.rowNames()).toHaveLength(4);

  // Move to Static: Static gets Operator's value, and Operator no longer sets it (one undo step).
  await m.rowActions('AllowSMStoSMTPAddress');
  await m.tid('settings-matrix-move-static').click();
  await expect(await m.cell('AllowSMStoSMTPAddress', 'Static')).toHaveText('1');
  await expect(await m.cell('AllowSMStoSMTPAddress', 'Operator')).toHaveText(/not set/);
  const moved = await settingsByOwner(m);
  expect(moved.Static[PER_SIM]).toEqual(['AllowSMStoSMTPAddress=1']);
  expect(moved.Operator[PER_SIM]).toEqual(['SMStoSMTPShortCode=4242']);
  // The per-SIM path in Static is a warning the problems panel shows (docs/format.md §5.2).
  await expect(m.tid('diagnostics-panel').locator('[data-code="per-sim-in-static"]')).toHaveCount(1);
  await editor.undo();
  await expect(await m.cell('AllowSMStoSMTPAddress', 'Operator')).toHaveText('1');
  await expect(await m.cell('AllowSMStoSMTPAddress', 'Static')).toHaveText(/not set/);

  // An empty cell: typing adds the Setting to that owner (into its group of that path).
  const staticShort = await m.cell('SMStoSMTPShortCode', 'Static');
  await staticShort.dblclick();
  await expect(m.editor()).toContainText('typing adds it');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(staticShort).toHaveText('7');
  expect((await settingsByOwner(m)).Static[PER_SIM]).toEqual(['SMStoSMTPShortCode=7']);
  await editor.undo();
  await expect(staticShort).toHaveText(/not set/);
});

test('a typed editor: a boolean setting gets its select, and a long value is readable in the title', async ({ editor, page }) => {
  const m = new SettingsMatrixPage(editor.page);
  await m.openSettingsMatrix();
  const allow = await m.cell('AllowSMStoSMTPAddress', 'Operator');
  await allow.dblclick();
  // AllowSMStoSMTPAddress is a boolean in the catalog: the editor is a select of its spellings.
  const select = m.editor().getByRole('combobox');
  await expect(select).toBeFocused();
  await select.click();
  await page.getByRole('listbox').getByRole('option', { name: '0', exact: true }).click();
  await expect(m.editor()).toBeVisible(); // choosing in the list does not close the editor
  await page.keyboard.press('Escape');
  await expect(m.editor()).toHaveCount(0);
  await expect(allow).toHaveText('0');

  const short = await m.cell('SMStoSMTPShortCode', 'Operator');
  await short.dblclick();
  const long = `mailto:${'x'.repeat(120)}@example.com`;
  await page.keyboard.type(long);
  await page.keyboard.press('Enter');
  await expect(short).toHaveAttribute('title', long);
  await expect(short).toHaveText(long);
  expect(await short.locator('.s-value').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true); // cut in the cell, whole in the title
});

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/**
 * `variants` variants V0… (over 10 targets), each with 30 settings: 20 every variant sets (S1 with a value of
 * its own, the others alike) and 10 of one of ten families, so the rows number 20 + 100.
 */
function wideAnswerFile(variants: number): string {
  const lines = [`<?xml version="1.0" encoding="utf-8"?>`, `<ImageCustomizations xmlns="${NS}" Name="Wide" Owner="Contoso" OwnerType="OEM">`, '  <Targets>'];
  for (let t = 0; t < 10; t++) lines.push(`    <Target Id="Op${t}">`, '      <TargetState>', `        <Condition Name="MCC" Value="${310 + t}" />`, '      </TargetState>', '    </Target>');
  lines.push('  </Targets>', '  <Static>', '    <Settings Path="Connectivity/Common">', '      <Setting Name="S0" Value="base" />', '    </Settings>', '  </Static>');
  for (let i = 0; i < variants; i++) {
    lines.push(`  <Variant Name="V${i}">`, '    <TargetRefs>', `      <TargetRef Id="Op${i % 10}" />`, '    </TargetRefs>', '    <Settings Path="Connectivity/Common">');
    for (let j = 0; j < 20; j++) lines.push(`      <Setting Name="S${j}" Value="${j === 1 ? `v${i}` : `c${j}`}" />`);
    lines.push('    </Settings>', `    <Settings Path="Connectivity/Family${i % 10}">`);
    for (let j = 0; j < 10; j++) lines.push(`      <Setting Name="F${i % 10}_${j}" Value="${j}" />`);
    lines.push('    </Settings>', '  </Variant>');
  }
  lines.push('</ImageCustomizations>', '');
  return lines.join('\n');
}

test('300 variants × 120 settings: the grid scrolls both ways with a screenful of cells in the DOM', async ({ editor, page }) => {
  test.slow();
  const m = new SettingsMatrixPage(editor.page);
  await m.openText('wide.xml', wideAnswerFile(300), 10);
  await m.openSettingsMatrix();
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '121');
  await expect(m.grid()).toHaveAttribute('aria-colcount', '302');
  await expect(m.tid('settings-matrix-count')).toHaveText('120 settings · Static + 300 variants');
  const rowsTimesColumns = 120 * 301;
  const bounded = async () => {
    const cells = await m.renderedCells().count();
    expect(cells).toBeGreaterThan(0);
    expect(cells).toBeLessThan(rowsTimesColumns / 20);
    expect(await m.grid().locator('[role="row"]').count()).toBeLessThan(40);
  };
  await bounded();
  await expect(m.columnHeader('V299')).toHaveCount(0);

  // Scroll both ways, a screen at a time: what comes into view is rendered, and only that.
  const timings = await m.grid().evaluate(async (el) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const out: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const t0 = performance.now();
      el.scrollTop = (i * el.scrollHeight) / 20;
      el.scrollLeft = (i * el.scrollWidth) / 20;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  });
  test.info().annotations.push({ type: 'scroll steps (ms, two frames each)', description: timings.map((t) => t.toFixed(0)).join(' ') });
  await expect(m.columnHeader('V299')).toBeInViewport();
  await expect(m.grid().locator('[role="row"][aria-rowindex="121"]')).toBeInViewport();
  await expect(m.columnHeader('V0')).toHaveCount(0);
  await bounded();

  // The active cell (the first) stayed rendered; Ctrl+End reaches the last cell, Enter edits it.
  await m.grid().locator('[role="gridcell"][tabindex="0"]').focus();
  await page.keyboard.press('Control+Home');
  await expect(m.columnHeader('Static')).toBeInViewport();
  await page.keyboard.press('Control+End');
  const last = m.grid().locator('[role="row"][aria-rowindex="121"] [role="gridcell"][aria-colindex="302"]');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport({ ratio: 0.95 }); // whole but for sub-pixel rounding
  await page.keyboard.press('Enter');
  await expect(m.editor()).toBeInViewport();
  await page.keyboard.type('far');
  await page.keyboard.press('Enter');
  await expect(last).toBeFocused();
  await bounded();

  // Only rows that differ: S1 (a value per variant), S0 (Static's base against the variants' c0) and the cell just typed.
  await m.onlyDiffering().check();
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '4');
  expect(await m.rowNames()).toEqual(['S0', 'S1', 'F9_9']);
  await m.filter().fill('family9');
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '2');
  await expect(await m.cell('F9_9', 'V299')).toHaveText('9far');
  await m.onlyDiffering().uncheck();
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '11');
  await bounded();
});
