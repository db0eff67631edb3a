// Page-object additions for the problems panel: a problem's row by diagnostic code and its quick-fix button.
// Wraps an EditorPage (e2e/pages/editor-page.ts).

import type { Locator } from '@playwright/test';
import type { EditorPage } from './editor-page.ts';

export class ProblemsPage {
  constructor(readonly editor: EditorPage) {}

  /** The (first) problem row with diagnostic code `code`. */
  row(code: string): Locator {
    return this.editor.tid('diagnostics-panel').locator(`[data-code="${code}"]`).first();
  }

  /** The quick-fix button of the first problem with code `code` (it stands next to the row). */
  fixButton(code: string): Locator {
    return this.row(code).locator('xpath=..').locator('[data-testid$="-fix"]');
  }
}
