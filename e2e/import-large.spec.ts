// A large answer file: opened through the file input (parsed in a worker, with progress), listed in a virtual
// part list, and edited at its far end with the preview following.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { holdWorkerMessages } from './support/held-messages.ts';
import { slowStep } from './support/slow-step.ts';

/**
 * Scrolls the virtual part list down a screen at a time until `row` is rendered: after each step it waits until
 * the rows drawn cover the list's visible area again (the list has caught up with the scroll), however long that
 * takes, so no stretch of the list is scrolled past unseen.
 */
async function scrollUntil(list: Locator, row: Locator): Promise<Locator> {
  for (;;) {
    await expect.poll(() => list.evaluate(drawnInView), { message: 'the part list draws the rows in view' }).toBe(true);
    if ((await row.count()) > 0) return row;
    const moved = await list.evaluate((el) => {
      const scroller = el.parentElement!;
      const before = scroller.scrollTop;
      scroller.scrollBy(0, 600);
      return scroller.scrollTop !== before;
    });
    if (!moved) return row; // at the end: the caller's expectation says what is missing
  }
}

/** Whether the virtual list's rows (absolutely placed in `list`) cover the top and bottom of its scroller's view. */
function drawnInView(list: HTMLElement): boolean {
  const scroller = list.parentElement!;
  const top = scroller.scrollTop;
  const bottom = Math.min(top + scroller.clientHeight, list.offsetHeight) - 1;
  const rows = [...list.children].map((r) => [(r as HTMLElement).offsetTop, (r as HTMLElement).offsetTop + (r as HTMLElement).offsetHeight] as const);
  const covers = (y: number) => rows.some(([from, to]) => from <= y && y < to);
  return covers(top) && covers(bottom);
}

/** The progress test's file: ~1.7 MB (it was 14 MB while the progress had to outlast parsing). */
const PROGRESS_TARGETS = 300;
const PROGRESS_VARIANTS = 1000;

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

function largeAnswerFile(targets: number, variants: number): string {
  const lines = [`<?xml version="1.0" encoding="utf-8"?>`, `<ImageCustomizations xmlns="${NS}" Name="Fleet" Owner="Contoso" OwnerType="OEM">`, '  <Targets>'];
  for (let i = 0; i < targets; i++) {
    lines.push(
      `    <Target Id="Op${i}">`,
      '      <TargetState>',
      `        <Condition Name="MCC" Value="${100 + (i % 800)}" />`,
      `        <Condition Name="MNC" Value="${String(i % 100).padStart(2, '0')}" />`,
      '      </TargetState>',
      '    </Target>',
    );
  }
  lines.push('  </Targets>');
  for (let i = 0; i < variants; i++) {
    lines.push(`  <Variant Name="V${i}">`, '    <TargetRefs>', `      <TargetRef Id="Op${i % targets}" />`, '    </TargetRefs>');
    lines.push('    <Settings Path="Messaging/PerSimSettings/$(__ICCID)">');
    // Variants of one Target are merged by the tool: they set the same values (a repeat is a warning, two values an error).
    for (let j = 0; j < 20; j++) lines.push(`      <Setting Name="Setting${j}" Value="http://mms.op${i % targets}.example.com/${j}" />`);
    lines.push('    </Settings>', '  </Variant>');
  }
  lines.push('</ImageCustomizations>', '');
  return lines.join('\n');
}

test('a 300-target, 300-variant file opens, scrolls to its last variant, and edits there update the preview', async ({ editor, page }) => {
  const text = largeAnswerFile(300, 300);
  expect(text.length).toBeGreaterThan(500_000);
  await editor.tid('open-file-input').setInputFiles({ name: 'fleet.xml', mimeType: 'application/xml', buffer: Buffer.from(text, 'utf8') });

  // Progress may flash by on a fast machine; the result is what counts.
  const list = editor.tid('part-list');
  await expect(list.getByText('Targets (300)')).toBeVisible();
  await expect(editor.docName()).toHaveValue('Fleet');
  await expect(editor.tid('import-progress-dialog')).toHaveCount(0);
  await expect(await scrollUntil(list, list.getByText('Variants (300)'))).toBeVisible();
  await list.evaluate((el) => (el.parentElement!.scrollTop = 0));

  // Only the rows in view are in the DOM.
  await expect(editor.navTarget(0)).toBeVisible();
  expect(await list.locator('[data-testid^="nav-variant-"]').count()).toBeLessThan(100);
  await expect(editor.navVariant(299)).toHaveCount(0);

  // Scroll the list to its end: the last variant appears, the first target is gone.
  await list.evaluate((el) => {
    const scroller = el.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(editor.navVariant(299)).toBeVisible();
  await expect(editor.navTarget(0)).toHaveCount(0);
  await editor.openVariant(299);
  await expect(editor.navVariant(299)).toHaveAttribute('aria-current', 'true');
  await expect(editor.tid('variant-name')).toHaveValue('V299');

  // Typing into the last variant's name updates the preview (the text Download saves).
  await editor.tid('variant-name').click();
  await editor.page.keyboard.press('End');
  await editor.page.keyboard.type('X');
  await expect(editor.navVariant(299)).toContainText('V299X');
  const xml = await editor.previewText();
  expect(xml).toContain('<Variant Name="V299X">');
  expect(xml).toContain('<Target Id="Op299">');
  expect(xml.match(/<Variant /g)).toHaveLength(300);

  // Keyboard: from the last row, Home selects the document and scrolls the list back to the top.
  await editor.navVariant(299).focus();
  await page.keyboard.press('ArrowUp');
  await expect(editor.navVariant(298)).toHaveAttribute('aria-current', 'true');
  await expect(editor.tid('variant-name')).toHaveValue('V298');
  await page.keyboard.press('Home');
  await expect(editor.navDocument()).toBeVisible();
  await expect(editor.navDocument()).toBeFocused();
  await expect(editor.tid('document-form')).toBeVisible();
  // ArrowUp at the top stays; ArrowDown steps over the section headers (after Imports, the two matrices and the
  // simulator); End selects the last part.
  await page.keyboard.press('ArrowUp');
  await expect(editor.navDocument()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(editor.navTarget(0)).toHaveAttribute('aria-current', 'true');
  await expect(editor.navTarget(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(editor.navVariant(299)).toHaveAttribute('aria-current', 'true');
  await expect(editor.navVariant(299)).toBeFocused();
  await expect(editor.tid('variant-name')).toHaveValue('V299X');
  // A row is a button: Tab reaches the next one without selecting it, Enter and Space select.
  await page.keyboard.press('Home');
  await expect(editor.navDocument()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.tid('nav-imports')).toBeFocused();
  await expect(editor.navDocument()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(editor.tid('nav-imports')).toHaveAttribute('aria-current', 'true');
  // Choosing a part moves the focus into its form; Alt+↓ goes on to the next part from there.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(editor.tid('nav-matrix')).toHaveAttribute('aria-current', 'true');
  await expect(editor.tid('matrix-view')).toBeVisible();
});

test('a large file shows its progress while it is parsed', async ({ editor, page }) => {
  // What the worker sends is held until the test has seen what the page shows meanwhile: the progress (which
  // appears after its show delay), then the opened document whose XML is still on its way. Nothing here depends
  // on how long parsing takes, so the file need not be large enough to outlast the delay on a fast machine.
  const worker = await holdWorkerMessages(page);
  await page.evaluate(() => {
    const w = window as unknown as { __progressSeen: boolean; __previewPendingSeen: boolean };
    w.__progressSeen = false;
    w.__previewPendingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-progress"]')) w.__progressSeen = true;
      if (document.querySelector('[data-testid="preview-pending"]')) w.__previewPendingSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  // Chosen from disk, as a user does (as a buffer, Playwright decodes it in the page first).
  const dir = mkdtempSync(join(tmpdir(), 'caf-progress-'));
  const path = join(dir, 'big-fleet.xml');
  writeFileSync(path, largeAnswerFile(PROGRESS_TARGETS, PROGRESS_VARIANTS));
  await editor.tid('open-file-input').setInputFiles(path);
  await expect(editor.tid('import-progress-dialog')).toBeVisible();
  await worker.release('parsed'); // the parts and the document; its XML waits
  const list = editor.tid('part-list');
  await expect(list.getByText(`Targets (${PROGRESS_TARGETS})`)).toBeVisible();
  rmSync(dir, { recursive: true, force: true }); // the page has read it
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: boolean }).__progressSeen);
  expect(seen, 'the import progress was shown').toBe(true);
  await expect(editor.tid('import-progress-dialog')).toHaveCount(0);
  await expect(await scrollUntil(list, list.getByText(`Variants (${PROGRESS_VARIANTS})`))).toBeVisible();
  // The document opens before its XML is written (the worker sends that after the parts): the preview says so,
  // then holds the whole text.
  await expect(editor.tid('preview-pending')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __previewPendingSeen: boolean }).__previewPendingSeen), 'the preview said it was waiting').toBe(true);
  await worker.release();
  await expect(editor.tid('preview-pending')).toHaveCount(0);
  const xml = await editor.previewText();
  expect(xml.match(/<Variant /g)).toHaveLength(PROGRESS_VARIANTS);
  await expect(page.getByRole('region', { name: 'Generated XML' }).or(page.getByLabel('Generated XML'))).toContainText('<ImageCustomizations');
});

/**
 * A measurement, not a timed assertion: opens a generated file, records the time from the file being chosen to
 * the part list showing it (ready for editing), and the long tasks (PerformanceObserver 'longtask') until the
 * preview and the problem counts have settled. The numbers are printed and attached as annotations.
 */
async function probeImport(editor: import('./pages/editor-page.ts').EditorPage, targets: number, variants: number) {
  const page = editor.page;
  await page.evaluate(() => {
    const w = window as unknown as { __probe: { chosen: number; shown: number; tasks: [number, number][] } };
    w.__probe = { chosen: 0, shown: 0, tasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__probe.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener('change', () => (w.__probe.chosen = performance.now()), { capture: true });
  });
  const text = largeAnswerFile(targets, variants);
  const label = `Targets (${targets})`;
  await page.evaluate((label) => {
    const w = window as unknown as { __probe: { shown: number } };
    const tick = () => {
      const list = document.querySelector('[data-testid="part-list"]');
      if (list?.textContent?.includes(label)) w.__probe.shown = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, label);
  // Chosen from disk, as a user does: given as a buffer, the file is base64-decoded by a script in the page, one
  // long task (seconds at 20 MB) that is no part of the app and would be counted as its longest.
  const dir = mkdtempSync(join(tmpdir(), 'caf-probe-'));
  const path = join(dir, 'probe.xml');
  writeFileSync(path, text);
  await editor.tid('open-file-input').setInputFiles(path);
  const list = editor.tid('part-list');
  await expect(list.getByText(label)).toBeVisible(slowStep());
  await expect.poll(() => page.evaluate(() => (window as unknown as { __probe: { shown: number } }).__probe.shown), { message: 'the frame that showed the list was recorded' }).toBeGreaterThan(0);
  // Editable: the list scrolls to its variants, and the preview and problem counts settle.
  await expect(await scrollUntil(list, list.getByText(`Variants (${variants})`))).toBeVisible();
  await expect(editor.tid('preview-pending')).toHaveCount(0, slowStep());
  await expect(editor.tid('error-count')).toHaveText(/^\d+$/, slowStep());
  const probe = await page.evaluate(() => (window as unknown as { __probe: { chosen: number; shown: number; tasks: [number, number][] } }).__probe);
  const tasks = probe.tasks.filter(([start]) => start >= probe.chosen);
  const result = {
    bytes: text.length,
    chosenToShownMs: Math.round(probe.shown - probe.chosen),
    longestTaskMs: Math.round(Math.max(0, ...tasks.map(([, d]) => d))),
    longTasks: tasks.map(([s, d]) => `${Math.round(s - probe.chosen)}+${Math.round(d)}`).join(' '),
  };
  console.log(`import probe ${targets}x${variants}:`, JSON.stringify(result));
  test.info().annotations.push({ type: 'probe', description: JSON.stringify(result) });
  rmSync(dir, { recursive: true, force: true }); // read by the page long before (the preview holds the whole text)
  return result;
}

test('probe: a 1000-target, 1000-variant file (~2.3 MB) opens and is editable', async ({ editor }) => {
  test.slow();
  const r = await probeImport(editor, 1000, 1000);
  expect(r.chosenToShownMs).toBeGreaterThan(0);
  await expect(editor.tid('error-count')).toHaveText('0');
  const xml = await editor.previewText();
  expect(xml.match(/<Variant /g)).toHaveLength(1000);
  // Under 4 MB the preview colors the syntax.
  await expect(editor.tid('preview-plain')).toHaveCount(0);
  await expect(editor.preview().locator('.cm-line span').first()).toBeVisible();
  await expect.poll(() => editor.previewLastLine(), slowStep()).toBe('</ImageCustomizations>');
});

test('probe: a 12000-variant file (~20 MB) opens', async ({ editor }) => {
  test.slow();
  const r = await probeImport(editor, 1000, 12000);
  expect(r.bytes).toBeGreaterThan(18_000_000);
  await expect(editor.tid('error-count')).toHaveText('0', slowStep());
  // Over 4 MB the preview has no syntax colors and says so; its text arrives a chunk at a time, to the end.
  await expect(editor.tid('preview-plain')).toBeVisible();
  await expect(editor.preview().locator('.cm-line span')).toHaveCount(0);
  await expect.poll(() => editor.previewLastLine(), slowStep()).toBe('</ImageCustomizations>');
});
