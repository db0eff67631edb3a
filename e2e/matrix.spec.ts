// The targets × variants matrix: toggling a cell writes or removes a TargetRef (undoable), the keyboard moves
// between cells, and a 1000 × 1000 document keeps a screenful of cells in the DOM wherever it is scrolled.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { at, kids, parseXml } from './support/xml.ts';
import { gridAnswerFile } from './support/grid-file.ts';
import { MatrixPage } from './pages/matrix-page.ts';

/** Each variant's TargetRef Ids in the preview's XML, by variant name. */
async function refsByVariant(m: MatrixPage): Promise<Record<string, (string | undefined)[]>> {
  const root = parseXml(await m.previewText());
  return Object.fromEntries(kids(root, 'Variant').map((v) => [v.attrs.Name, kids(at(v, 'TargetRefs'), 'TargetRef').map((r) => r.attrs.Id)]));
}

test('a cell toggles its TargetRef in the XML, undo restores it, and the matrix is accessible', async ({ editor, page }) => {
  const m = new MatrixPage(editor.page);
  await m.openText('grid.xml', gridAnswerFile(3, 3, { 1: ['Gone'] }), 3);
  await m.openMatrix();
  await expect(m.navMatrix()).toHaveAttribute('aria-current', 'true');
  await expect(m.navMatrix()).toContainText('3 × 3');
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '4');
  await expect(m.grid()).toHaveAttribute('aria-colcount', '4');
  await expect(m.grid().getByRole('columnheader', { name: 'Op2' })).toHaveAttribute('aria-colindex', '4');
  await expect(m.grid().getByRole('rowheader', { name: /^V2/ })).toBeVisible();
  await expect(m.cell('V0', 'Op0')).toHaveAttribute('aria-checked', 'true');
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'false');
  // The dangling ref has no column: the row notes it.
  await expect(m.grid().getByRole('rowheader', { name: /^V1/ })).toContainText('+1 unknown');
  await expect(m.grid().getByRole('columnheader', { name: 'Gone' })).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('[data-testid="matrix-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // Click: V0 moves to Op1 (a variant has one target).
  await m.cell('V0', 'Op1').click();
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'true');
  await expect(m.cell('V0', 'Op0')).toHaveAttribute('aria-checked', 'false');
  await expect(m.cell('V0', 'Op1')).toBeFocused();
  expect((await refsByVariant(m)).V0).toEqual(['Op1']);

  // Undo moves it back (and stays on the matrix); redo moves it again.
  await editor.undo();
  await expect(m.cell('V0', 'Op0')).toHaveAttribute('aria-checked', 'true');
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'false');
  await expect(m.tid('matrix-view')).toBeVisible();
  expect((await refsByVariant(m)).V0).toEqual(['Op0']);
  await editor.redo();
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'true');

  // Space on the focused checked cell (Copy, which read the XML, took the focus) clears it: an empty TargetRefs,
  // which the problems list reports.
  await m.cell('V0', 'Op1').focus();
  await page.keyboard.press('Space');
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'false');
  expect(await refsByVariant(m)).toEqual({ V0: [], V1: ['Op1', 'Gone'], V2: ['Op2'] });
  await expect(m.tid('diagnostics-panel').locator('[data-code="variant-no-targetref"]')).toContainText('Variant "V0" has no TargetRef');

  // A variant naming two targets (an imported file): clearing the dangling one leaves the other.
  await m.cell('V1', 'Op1').click();
  expect((await refsByVariant(m)).V1).toEqual(['Gone']);
});

test('the keyboard reaches the matrix from the part list and moves between its cells', async ({ editor, page }) => {
  const m = new MatrixPage(editor.page);
  await m.openText('grid.xml', gridAnswerFile(4, 5), 4);
  // Part list: Document → Imports → Targets × variants.
  await m.navDocument().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(m.navMatrix()).toBeFocused();
  await expect(m.tid('matrix-view')).toBeVisible();

  // Tab goes on through the part list's rows, then into the form pane: the grid is one tab stop, its active cell.
  const inGrid = () => m.grid().evaluate((g) => g.contains(document.activeElement));
  for (let i = 0; i < 40 && !(await inGrid()); i++) await page.keyboard.press('Tab');
  await expect(m.cell('V0', 'Op0')).toBeFocused();
  await expect(m.grid().locator('[role="checkbox"][tabindex="0"]')).toHaveCount(1);
  const moves: [string, string, string][] = [
    ['ArrowRight', 'V0', 'Op1'],
    ['ArrowDown', 'V1', 'Op1'],
    ['ArrowDown', 'V2', 'Op1'],
    ['ArrowLeft', 'V2', 'Op0'],
    ['ArrowLeft', 'V2', 'Op0'], // stops at the edge
    ['End', 'V2', 'Op3'],
    ['Home', 'V2', 'Op0'],
    ['PageDown', 'V4', 'Op0'],
    ['PageUp', 'V0', 'Op0'],
    ['Control+End', 'V4', 'Op3'],
    ['Control+Home', 'V0', 'Op0'],
  ];
  for (const [key, variant, target] of moves) {
    await page.keyboard.press(key);
    await expect(m.cell(variant, target), `${key} → ${variant} × ${target}`).toBeFocused();
    await expect(m.cell(variant, target)).toHaveAttribute('tabindex', '0');
  }
  await expect(m.grid().locator('[role="checkbox"][tabindex="0"]')).toHaveCount(1);
  // Enter toggles too; Ctrl+Z undoes it with the focus in the grid.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(m.cell('V0', 'Op1')).toHaveAttribute('aria-checked', 'false');
});

test('with no targets or no variants the matrix says what is missing and adds it', async ({ editor }) => {
  const m = new MatrixPage(editor.page);
  await editor.newEmpty();
  await m.openMatrix();
  await expect(m.tid('matrix-view')).toContainText('No targets yet');
  await expect(m.tid('matrix-view')).toContainText('No variants yet');
  await expect(m.grid()).toHaveCount(0);
  await m.tid('matrix-add-target').click();
  await expect(m.tid('target-form')).toBeVisible();
  await m.openMatrix();
  await expect(m.tid('matrix-view')).not.toContainText('No targets yet');
  await m.tid('matrix-add-variant').click();
  await expect(m.tid('variant-form')).toBeVisible();
  await m.openMatrix();
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '2');
  await expect(m.grid().getByRole('checkbox')).toHaveAttribute('aria-checked', 'false'); // a new variant refers to no target until one is picked
});

test('a 1000 × 1000 matrix keeps a screenful of cells in the DOM and reaches its last cell', async ({ editor, page }) => {
  test.slow();
  const m = new MatrixPage(editor.page);
  await m.openText('million.xml', gridAnswerFile(1000, 1000), 1000);
  await m.openMatrix();
  await expect(m.grid()).toHaveAttribute('aria-rowcount', '1001');
  await expect(m.grid()).toHaveAttribute('aria-colcount', '1001');
  await expect(m.cell('V0', 'Op0')).toHaveAttribute('aria-checked', 'true');
  const bounded = async () => {
    const n = await m.renderedCells().count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(2000);
    expect(await m.grid().locator('[role="row"]').count()).toBeLessThan(80);
  };
  await bounded();
  await expect(m.cell('V999', 'Op999')).toHaveCount(0);

  // Scrolling both ways renders the rows and columns brought into view, and only those.
  const timings = await m.grid().evaluate(async (el) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const out: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const t0 = performance.now();
      el.scrollTop = i * 800;
      el.scrollLeft = i * 800;
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  });
  test.info().annotations.push({ type: 'scroll steps (ms, two frames each)', description: timings.map((t) => t.toFixed(0)).join(' ') });
  await expect(m.cell('V500', 'Op500')).toBeVisible();
  await expect(m.cell('V500', 'Op500')).toHaveAttribute('aria-checked', 'true');
  await expect(m.grid().locator('[role="row"][aria-rowindex="502"]')).toBeVisible();
  await expect(m.grid().getByRole('columnheader', { name: 'Op500', exact: true })).toBeVisible();
  await expect(m.cell('V0', 'Op1')).toHaveCount(0);
  await bounded();

  // Keyboard: the active cell (V0 × Op0) stayed rendered while scrolled away; Ctrl+End goes to the last cell.
  await expect(m.cell('V0', 'Op0')).toHaveAttribute('tabindex', '0');
  await m.cell('V0', 'Op0').focus();
  await page.keyboard.press('Control+End');
  const last = m.cell('V999', 'Op999');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport({ ratio: 1 });
  await expect(m.grid().getByRole('rowheader', { name: 'V999' })).toBeInViewport();
  await expect(m.grid().getByRole('columnheader', { name: 'Op999', exact: true })).toBeInViewport();
  await bounded();
  await page.keyboard.press('PageUp');
  await expect(m.grid().locator('[role="checkbox"]:focus')).toHaveAccessibleName(/^Variant V9\d\d applies to target Op999$/);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(m.cell('V999', 'Op998')).toHaveAttribute('aria-checked', 'true');
  await expect(m.cell('V999', 'Op999')).toHaveAttribute('aria-checked', 'false');

  // Back to the first cell: the grid scrolls home.
  await page.keyboard.press('Control+Home');
  await expect(m.cell('V0', 'Op0')).toBeFocused();
  await expect(m.cell('V0', 'Op0')).toBeInViewport({ ratio: 1 });
  await bounded();
  expect((await refsByVariant(m)).V999).toEqual(['Op998']);
});
