// Page object for the targets × variants matrix: its part-list row, the grid, a cell by variant and target
// (its accessible name), the cells in the DOM, and opening a generated file to show it on.

import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page.ts';
import { slowStep } from '../support/slow-step.ts';

export class MatrixPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  navMatrix(): Locator {
    return this.tid('nav-matrix');
  }

  async openMatrix(): Promise<void> {
    await this.navMatrix().click();
    await expect(this.tid('matrix-view')).toBeVisible();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Targets × variants' });
  }

  /** The check box saying whether variant `variant` applies to target `target`. */
  cell(variant: string, target: string): Locator {
    return this.grid().getByRole('checkbox', { name: `Variant ${variant} applies to target ${target}`, exact: true });
  }

  /** The grid's cells currently in the DOM (the grid is virtual). */
  renderedCells(): Locator {
    return this.grid().locator('[role="gridcell"]');
  }

  /** Opens an answer file given as text through the file input, and waits until the document is shown. */
  async openText(name: string, text: string, targets: number): Promise<void> {
    await this.tid('open-file-input').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text, 'utf8') });
    await expect(this.tid('part-list').getByText(`Targets (${targets})`)).toBeVisible(slowStep());
    await expect(this.tid('import-progress-dialog')).toHaveCount(0);
  }
}
