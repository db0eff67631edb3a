// Issue 22, point 8: the first screen is whole. The XML preview and the problems list are in the very frame that
// first shows the form, on a first visit (the founding document) and on a reload (a saved document opened from a
// file, whose preview keeps the file's layout), at both window sizes. And the first screen's JavaScript stays
// within its budget: the serializer, the parser and the code view are not part of it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { DocumentsPage } from './pages/documents-page.ts';
import { VIEWPORTS } from './support/viewports.ts';

interface FirstFrame {
  /** The preview's text when the form first appeared (null: no preview). */
  readonly preview: string | null;
  /** The problems list's heading then (null: no problems list). */
  readonly problems: string | null;
}

/** Records, in the page, what it shows at the moment the document form first appears (one React commit). */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrame?: FirstFrame };
    const observer = new MutationObserver(() => {
      if (w.__firstFrame || !document.querySelector('[data-testid="doc-name"]')) return;
      w.__firstFrame = {
        preview: document.querySelector('[data-testid="xml-preview"]')?.textContent ?? null,
        problems: document.querySelector('[data-testid="diagnostics-panel"] h2')?.textContent ?? null,
      };
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function firstFrame(page: Page): Promise<FirstFrame> {
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: FirstFrame }).__firstFrame !== undefined);
  return page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);
}

/** A file with a layout of its own: tabs, single quotes, a comment, attributes spaced out. */
const OPENED = [
  "<?xml version='1.0' encoding='utf-8'?>",
  "<ImageCustomizations xmlns='http://schemas.microsoft.com/embedded/2004/10/ImageUpdate' Name='Layout kept' Owner='Contoso' OwnerType='OEM'>",
  '\t<!-- kept as written -->',
  '\t<Static>',
  "\t\t<Settings Path='Multivariant'>",
  "\t\t\t<Setting  Name='Enable'  Value='1' />",
  '\t\t</Settings>',
  '\t</Static>',
  '</ImageCustomizations>',
  '',
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('a first visit shows the preview and the problems with the form', async ({ page }) => {
      await recordFirstFrame(page);
      const editor = new DocumentsPage(page);
      await page.goto('/');
      const first = await firstFrame(page);
      await expect(editor.tid('diagnostics-panel').locator('h2')).toHaveText(first.problems ?? '(no problems list in the first frame)');
      expect(first.problems).toMatch(/^Problems: \d+ errors?, \d+ warnings?$/);
      // The very text Download writes, not a stand-in.
      expect(first.preview).toBe(await editor.previewText());
    });

    test('a reload shows the saved document\'s preview, in its file\'s layout, with the form', async ({ page }) => {
      const editor = new DocumentsPage(page);
      await editor.open();
      await editor.openFileText('kept.xml', OPENED);
      await expect(editor.docName()).toHaveValue('Layout kept');
      await editor.docName().fill('Layout still kept');
      const before = await editor.previewText();
      expect(before).toContain('\t<!-- kept as written -->');
      expect(before).toContain("Name='Layout still kept'");
      await recordFirstFrame(page);
      await editor.reloadSaved();
      const first = await firstFrame(page);
      expect(first.preview).toBe(before);
      expect(first.problems).toMatch(/^Problems: \d+ errors?, \d+ warnings?$/);
      await expect(editor.tid('diagnostics-panel').locator('h2')).toHaveText(first.problems ?? '');
      expect(await editor.previewText()).toBe(before);
    });
  });
}

// The budget of the first screen's JavaScript (issue 6): what the page loads before it can show anything is the
// entry script and the modules it imports, which the built index.html lists (modulepreload). Sizes are of the
// build, not of the machine: this holds on any machine.
test('the first screen\'s JavaScript is within 300 KB gzip, without the serializer, the parser or the code view', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
  expect(files.length).toBeGreaterThan(1);
  // The chunks vite.config.ts names: xmlbuilder2 and saxes ('xml'), CodeMirror ('codemirror').
  expect(files.filter((f) => /^assets\/(xml|codemirror)-[\w-]{8}\.js$/.test(f))).toEqual([]);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  expect(gzip / 1024).toBeLessThanOrEqual(300);
});
