// Page object for the settings matrix: its part-list row, the grid, a row by setting name, a cell by setting and
// column (the column's aria-colindex, found from its header), the in-place editor, the row actions and the filter.

import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

export class SettingsMatrixPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  navSettingsMatrix(): Locator {
    return this.tid('nav-settings-matrix');
  }

  async openSettingsMatrix(): Promise<void> {
    await this.navSettingsMatrix().click();
    await expect(this.tid('settings-matrix-view')).toBeVisible();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Settings matrix' });
  }

  /** The header of the column named `label` (Static or a variant's name). */
  columnHeader(label: string): Locator {
    return this.grid().getByRole('columnheader', { name: label, exact: true });
  }

  /** The row of the setting named `name` (its row header's name starts with it). */
  row(name: string): Locator {
    return this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name} \\(`) }) });
  }

  rowHeader(name: string): Locator {
    return this.row(name).getByRole('rowheader');
  }

  /** The cell of setting `name` in column `label`: the header must be rendered (in view). */
  async cell(name: string, label: string): Promise<Locator> {
    const col = await this.columnHeader(label).getAttribute('aria-colindex');
    if (!col) throw new Error(`No column header ${label}`);
    return this.row(name).locator(`[role="gridcell"][aria-colindex="${col}"]`);
  }

  editor(): Locator {
    return this.tid('settings-matrix-editor');
  }

  editorValue(): Locator {
    return this.tid('settings-matrix-editor-value');
  }

  filter(): Locator {
    return this.tid('settings-matrix-filter');
  }

  onlyDiffering(): Locator {
    return this.tid('settings-matrix-differing');
  }

  /** The row names in the DOM, in order. */
  async rowNames(): Promise<string[]> {
    return this.grid().locator('.s-row .s-name').allTextContents();
  }

  renderedCells(): Locator {
    return this.grid().locator('[role="gridcell"]');
  }

  /** Opens the row actions of setting `name` through its ⋮ button. */
  async rowActions(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Actions for ${name}` }).click();
    await expect(this.tid('settings-matrix-row-menu').getByRole('menu')).toBeVisible();
  }

  /** Opens an answer file given as text through the file input, and waits until the document is shown. */
  async openText(name: string, text: string, targets: number): Promise<void> {
    await this.tid('open-file-input').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text, 'utf8') });
    await expect(this.tid('part-list').getByText(`Targets (${targets})`)).toBeVisible();
    await expect(this.tid('import-progress-dialog')).toHaveCount(0);
  }
}
