// Page object for opening answer files (issue 3): the Open menu (file picker, paste), a real drag and drop of a
// file onto the window, the refusal dialog (line, column, offending line, proposed repair) and the import
// report. Extends DocumentsPage for the document list and the workspace toast.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type JSHandle, type Locator, type Page, type Worker } from '@playwright/test';
import { DocumentsPage } from './documents-page.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** Absolute path of an import fixture (e2e/fixtures/import/<name>). */
export function fixturePath(name: string): string {
  return FIXTURES + name;
}

/** The text of an import fixture, exactly as stored (UTF-8). */
export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** The texts of the comments of an XML text, in order (CDATA sections are skipped, not searched). */
export function commentsOf(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<!\[CDATA\[[\s\S]*?\]\]>|<!--([\s\S]*?)-->/g)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/**
 * Each comment with the first token after it (the next tag's name, e.g. `<Targets`, or the next comment's
 * opener): where the comment stands relative to the markup, whatever the attribute layout. Two texts with
 * the same list keep every comment in the same place.
 */
export function commentPlaces(xml: string): [comment: string, next: string][] {
  const out: [string, string][] = [];
  for (const m of xml.matchAll(/<!--([\s\S]*?)-->/g)) {
    const rest = xml.slice((m.index ?? 0) + m[0].length);
    const next = /^\s*([^\s>]*)/.exec(rest)?.[1] ?? '';
    out.push([m[1], next]);
  }
  return out;
}

export class ImportPage extends DocumentsPage {
  constructor(page: Page) {
    super(page);
  }

  // ---- the three ways in ----
  /** Open → Open file…, then picks `name` from the fixtures in the file chooser. */
  async openByPicker(name: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.tid('open-menu').click();
    await this.tid('open-file').click();
    await (await chooser).setFiles(fixturePath(name));
  }

  /** Sets a file directly on the hidden file input (as the picker does), from a fixture or from text. */
  async setInputFile(file: string | { name: string; text: string }): Promise<void> {
    await this.tid('open-file-input').setInputFiles(
      typeof file === 'string' ? fixturePath(file) : { name: file.name, mimeType: 'text/xml', buffer: Buffer.from(file.text, 'utf8') },
    );
  }

  /** The page's parse workers (one is started ahead of an import while the page is idle). */
  parseWorkers(): Worker[] {
    return this.page.workers().filter((w) => /parse-worker/.test(w.url()));
  }

  /** Starts dragging a file over the window: a DataTransfer holding the file, and a dragenter on the page. */
  async dragEnter(name: string, text: string): Promise<JSHandle<DataTransfer>> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: 'text/xml' }));
        return dt;
      },
      { name, text },
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    return dataTransfer;
  }

  /** Finishes the drag begun by dragEnter: dragover, then drop, on the page. */
  async drop(dataTransfer: JSHandle<DataTransfer>): Promise<void> {
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
  }

  dropOverlay(): Locator {
    return this.tid('drop-overlay');
  }

  /** Open → Paste XML…, types `text` into the dialog and clicks Open (the dialog closes either way). */
  async openByPaste(text: string): Promise<void> {
    await this.pasteXml(text);
  }

  // ---- the refusal ----
  errorDialog(): Locator {
    return this.tid('import-error-dialog');
  }
  errorText(): Locator {
    return this.tid('import-error-text');
  }
  /** The quoted offending line and the caret line under it (exact text, white space kept). */
  async errorLine(): Promise<string> {
    return (await this.tid('import-error-line').textContent()) ?? '';
  }
  repairView(): Locator {
    return this.tid('repair-view');
  }
  repairChange(i: number): Locator {
    return this.tid(`repair-change-${i}`);
  }
  /** The changes of the repair view: heading, removed line, added line (exact text of each part). */
  async repairChanges(): Promise<{ heading: string; before: string; after: string }[]> {
    return this.repairView()
      .locator('[data-testid^="repair-change-"]')
      .evaluateAll((boxes) =>
        boxes.map((b) => {
          const [heading, before, after] = Array.from(b.children).map((c) => c.textContent ?? '');
          return { heading, before, after };
        }),
      );
  }
  async acceptRepair(): Promise<void> {
    await this.tid('accept-repair').click();
    await expect(this.errorDialog()).toHaveCount(0);
  }
  /** Close (or Cancel, when a repair was offered). */
  async closeError(): Promise<void> {
    await this.tid('import-error-close').click();
    await expect(this.errorDialog()).toHaveCount(0);
  }

  // ---- the report ----
  reportDialog(): Locator {
    return this.tid('import-report-dialog');
  }
  report(): Locator {
    return this.tid('import-report');
  }
  async closeReport(): Promise<void> {
    await this.reportDialog().getByRole('button', { name: 'OK' }).click();
    await expect(this.reportDialog()).toHaveCount(0);
  }

  // ---- the document list ----
  /** The names in the document list (opens and closes the list). */
  async documentNames(): Promise<string[]> {
    await this.openList();
    const names = await this.rowNames().allTextContents();
    await this.closeList();
    return names;
  }
}
