// Issue 5, share link: "Copy link" puts the document, compressed, in the URL fragment; opening the link in a
// fresh browser imports a copy as a new document, Unicode intact; a document too large for a link says so.

import { test, expect } from './support/fixtures.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import { EditorPage } from './pages/editor-page.ts';
import { shareFragment } from '../src/lib/share-link.ts';

const NAME = '設定ファイル';
const DESCRIPTION = 'テスト 📱✉️ — SMS をメールへ';

test('a link with Japanese and emoji text opens a copy in a fresh browser context', async ({ editor, page, browser }) => {
  await editor.fill(editor.docName(), NAME);
  await editor.fill(editor.tid('doc-description'), DESCRIPTION);
  await editor.fill(editor.docOwner(), 'コントソ');
  const original = await editor.previewText();

  await expect(editor.tid('copy-link')).toHaveAttribute('data-state', 'ok');
  await editor.tid('copy-link').click();
  await expect(new DocumentsPage(page).toast()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
  expect(url.search).toBe('');

  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fresh = await context.newPage();
  const errors: Error[] = [];
  fresh.on('pageerror', (e) => errors.push(e));
  try {
    await fresh.goto(link);
    const other = new DocumentsPage(fresh);
    await expect(other.docName()).toHaveValue(NAME);
    await expect(other.tid('doc-description')).toHaveValue(DESCRIPTION);
    await expect(other.docOwner()).toHaveValue('コントソ');
    expect(await other.previewText()).toBe(original);
    // The fragment is cleared; the copy is a new document next to the fresh browser's first one.
    expect(new URL(fresh.url()).hash).toBe('');
    await other.openList();
    await expect(other.rowNames()).toHaveText(['SMStoSMTP', NAME]);
    await other.closeList();
    // It is saved like any document: a reload keeps it and does not import it twice.
    await other.reloadSaved();
    await expect(other.docName()).toHaveValue(NAME);
    await other.openList();
    await expect(other.rowNames()).toHaveCount(2);
  } finally {
    await context.close();
  }
  expect(errors.map(String)).toEqual([]);
});

test('a damaged link is refused with a message, and the app works', async ({ page }) => {
  await page.goto('/#share=AAAAAAAA');
  await expect(page.getByTestId('import-error-text')).toContainText('The link is damaged');
  await page.getByTestId('import-error-close').click();
  const editor = new EditorPage(page);
  await expect(editor.docName()).toHaveValue('SMStoSMTP');
});

test('a document too large for a link disables the button and says how large', async ({ editor, page }) => {
  const docs = new DocumentsPage(page);
  // Values that do not compress: a deterministic pseudo-random hex string per setting.
  let seed = 0x2545f491;
  const hex = () => {
    let s = '';
    for (let i = 0; i < 4; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      s += (seed >>> 0).toString(16).padStart(8, '0');
    }
    return s;
  };
  const settings = Array.from({ length: 5000 }, (_, i) => `      <Setting Name="S${i}" Value="${hex()}" />`).join('\n');
  await docs.openFileText('big.xml', `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Big" Description="" Owner="" OwnerType="OEM">
  <Static>
    <Settings Path="Big">
${settings}
    </Settings>
  </Static>
</ImageCustomizations>
`);
  await expect(editor.docName()).toHaveValue('Big');
  const button = editor.tid('copy-link');
  await expect(button).toHaveAttribute('data-state', 'too-large');
  await expect(button).toBeDisabled();
  await expect(button).toHaveText(/^Too large for a link \((\d+) kB > 64 kB\)$/);
  const kb = Number((await button.textContent())!.match(/\((\d+) kB/)![1]);
  expect(kb).toBeGreaterThan(64);

  // Back in the small document, the link works again.
  await docs.openRow(0);
  await expect(button).toHaveAttribute('data-state', 'ok');
  await expect(button).toBeEnabled();
});

test('a share link pasted into the address bar of an open tab opens too', async ({ editor, page }) => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="絵文字🎌" Description="" Owner="O" OwnerType="OEM" />
`;
  await editor.fill(editor.docOwner(), 'Kept');
  await page.evaluate((fragment) => (window.location.hash = fragment), shareFragment(xml));
  await expect(editor.docName()).toHaveValue('絵文字🎌');
  expect(new URL(page.url()).hash).toBe('');
  const docs = new DocumentsPage(page);
  await docs.openRow(0);
  await expect(editor.docOwner()).toHaveValue('Kept');
});
