// Issue 18, hostile share links: a deflate bomb, a link nesting 3,000 levels and a link far longer than CAF Studio
// writes are each refused in the refusal dialog, "the shared link" as its source; the app stays usable and the
// document that was open is intact. The size check's deflating runs in a worker loaded from the origin, never
// from a blob URL (the Content-Security-Policy forbids those).

import { deflateSync, strToU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import { slowStep } from './support/slow-step.ts';
import type { EditorPage } from './pages/editor-page.ts';

const fragmentOf = (bytes: Uint8Array) => '#share=' + Buffer.from(deflateSync(bytes, { level: 9 })).toString('base64url');

/** 40 MB of spaces in a 55 kB link. */
const bomb = () => fragmentOf(new Uint8Array(40 * 1024 * 1024).fill(0x20));

/** 3,000 levels of unknown elements under the root: 345 characters once deflated. */
const deep = () =>
  fragmentOf(
    strToU8(
      `<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Deep" Description="" Owner="O" OwnerType="OEM">${'<x>'.repeat(3000)}${'</x>'.repeat(3000)}</ImageCustomizations>`,
    ),
  );

/** Follows the link in this tab (only the fragment changes), then expects the refusal and closes it. */
async function refused(page: Page, fragment: string, reason: RegExp): Promise<void> {
  await page.evaluate((f) => (window.location.hash = f), fragment);
  await expect(page.getByTestId('import-error-dialog')).toContainText('“the shared link” was not opened', slowStep()); // inflating a bomb to the cap takes a while
  await expect(page.getByTestId('import-error-text')).toContainText(reason);
  expect(new URL(page.url()).hash).toBe('');
  await page.getByTestId('import-error-close').click();
  await expect(page.getByTestId('import-error-dialog')).toHaveCount(0);
}

async function stillUsable(editor: EditorPage, page: Page, owner: string): Promise<void> {
  await expect(editor.docOwner()).toHaveValue(owner);
  await expect(editor.docName()).toHaveValue('SMStoSMTP');
  const docs = new DocumentsPage(page);
  await docs.openList();
  await expect(docs.rowNames()).toHaveText(['SMStoSMTP']);
  await docs.closeList();
  await editor.fill(editor.docOwner(), `${owner} and edited`);
  await expect(editor.docOwner()).toHaveValue(`${owner} and edited`);
  expect(await editor.previewText()).toContain(`Owner="${owner} and edited"`);
}

test('a deflate bomb link is refused as too large; the open document is intact and the app usable', async ({ editor, page }) => {
  await editor.fill(editor.docOwner(), 'Kept');
  await refused(page, bomb(), /expands to more than 32 MB/);
  await stillUsable(editor, page, 'Kept');
});

test('a link nesting 3,000 levels is refused; the open document is intact and the app usable', async ({ editor, page }) => {
  const link = deep();
  expect(link.length).toBeLessThan(400);
  await editor.fill(editor.docOwner(), 'Kept');
  await refused(page, link, /256/);
  await stillUsable(editor, page, 'Kept');
});

test('a link longer than CAF Studio writes is refused before decoding, saying its size and the limit', async ({ editor, page }) => {
  await editor.fill(editor.docOwner(), 'Kept');
  await refused(page, '#share=' + 'A'.repeat(1_400_000), /carries 1\.3 MB .* at most 64 kB/);
  await stillUsable(editor, page, 'Kept');
});

test('a bomb link opened in a fresh tab is refused, and the first screen works', async ({ page }) => {
  await page.goto('/' + bomb());
  await expect(page.getByTestId('import-error-text')).toContainText(/expands to more than 32 MB/, slowStep());
  await page.getByTestId('import-error-close').click();
  await expect(page.getByTestId('doc-name')).toHaveValue('SMStoSMTP');
});

test('the share-size check deflates in a worker from the origin, never from a blob URL', async ({ page }) => {
  await page.addInitScript(() => {
    const urls: string[] = [];
    (window as unknown as { workerUrls: string[] }).workerUrls = urls;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        urls.push(String(url));
        super(url, options);
      }
    };
  });
  await page.goto('/');
  // The check runs a moment after the page settles.
  const urls = () => page.evaluate(() => (window as unknown as { workerUrls: string[] }).workerUrls);
  await expect.poll(async () => (await urls()).some((u) => /share-deflate-worker/.test(u))).toBe(true);
  await expect(page.getByTestId('copy-link')).toHaveAttribute('data-state', 'ok');
  for (const u of await urls()) {
    expect(u).not.toMatch(/^blob:/);
    expect(new URL(u).origin).toBe(new URL(page.url()).origin);
  }
});
