// The README's screenshot: the founding scenario, partly filled, on the target form, so that both typed values and
// the "Needed" markers of the values still missing are visible. `npm test` writes it under test-results/ and
// leaves the tracked docs/screenshot.png alone (PNG bytes differ from run to run); UPDATE_SCREENSHOT=1 writes
// docs/screenshot.png (`UPDATE_SCREENSHOT=1 npx playwright test e2e/screenshot.spec.ts` after `vite build`).

import { fileURLToPath } from 'node:url';
import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';

const OUT = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOT ? '../docs/screenshot.png' : '../test-results/screenshot.png', import.meta.url));

test.use({ viewport: { width: 1440, height: 900 } });

test('README screenshot of the founding scenario', async ({ editor, page }) => {
  await editor.fill(editor.docOwner(), 'Contoso');
  await editor.openVariant(0);
  await editor.fill(editor.entryValue(0, 1), '12345');
  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 0), '310');
  await editor.fill(editor.conditionValue(0, 1), '010');
  // SPN is left empty: its "Needed" marker shows in the picture.
  await expect(editor.helperOf(editor.conditionValue(0, 2))).toHaveText(/^Needed/);
  await expect(editor.preview()).toContainText('<Condition Name="MNC" Value="010" />');

  // A calm, deterministic frame: saved, no focus ring, no tooltip, fonts loaded.
  await new DocumentsPage(page).saved();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 899);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: OUT, animations: 'disabled', caret: 'hide' });
});
