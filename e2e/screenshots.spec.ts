// Screenshots of the main views in both themes, on the founding scenario partly filled (typed values and the
// "Needed" markers of the values still missing both show). Every e2e run writes them to screenshots/ (git-ignored);
// `npm run screenshots` (scripts/screenshots.mjs) runs this spec with SCREENSHOT_DIR=docs/screenshots and
// SCREENSHOT_VIEWS naming the README's pictures, the only way the committed copies change.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { closeView, fillSome, MAIN_VIEWS } from './support/main-views.ts';
import { DocumentsPage } from './pages/documents-page.ts';

const OUT = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
/** "view-theme" names to write (all when unset), e.g. "target-light,settings-matrix-dark". */
const ONLY = process.env.SCREENSHOT_VIEWS?.split(',').map((s) => s.trim()).filter(Boolean);

/** A calm, deterministic frame: saved, no focus ring, no tooltip, fonts loaded. */
async function calm(page: Page): Promise<void> {
  await new DocumentsPage(page).saved();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 899);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
}

test.use({ viewport: { width: 1440, height: 900 } });

for (const mode of ['light', 'dark'] as const) {
  test(`screenshots of the main views (${mode})`, async ({ editor, page }) => {
    test.slow(); // eight views
    await page.emulateMedia({ colorScheme: mode });
    await fillSome(editor);
    mkdirSync(OUT, { recursive: true });
    let written = 0;
    for (const view of MAIN_VIEWS) {
      const name = `${view.name}-${mode}`;
      if (ONLY && !ONLY.includes(name)) continue;
      await view.open(editor);
      if (view.name === 'target') await expect(editor.helperOf(editor.conditionValue(0, 2))).toHaveText(/^Needed/);
      await calm(page);
      await page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
      written++;
      await closeView(editor);
    }
    expect(written).toBe(ONLY ? MAIN_VIEWS.filter((v) => ONLY.includes(`${v.name}-${mode}`)).length : MAIN_VIEWS.length);
  });
}
