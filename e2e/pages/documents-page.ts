// Page object for the workspace: the document list, the save state, storage notices, the workspace toast
// (Undo), the share link, and raw access to the stored data (to corrupt it, or to count records).

import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

export class DocumentsPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  saveStatus(): Locator {
    return this.tid('save-status');
  }

  /** Waits until every change is written (the top bar says "Saved"). */
  async saved(): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute('data-state', 'saved');
  }

  /** Reloads the page after the last change was saved, and waits for the editor. */
  async reloadSaved(): Promise<void> {
    await this.saved();
    await this.page.reload();
    await expect(this.tid('document-form').or(this.tid('target-form')).or(this.tid('variant-form')).or(this.tid('static-form'))).toBeVisible();
  }

  // ---- document list ----
  async openList(): Promise<Locator> {
    if (!(await this.tid('document-list').isVisible())) await this.tid('documents-button').click();
    const list = this.tid('document-rows');
    await expect(list).toBeVisible();
    return list;
  }

  async closeList(): Promise<void> {
    await this.tid('documents-close').click();
    await expect(this.tid('document-list')).toBeHidden();
  }

  row(i: number): Locator {
    return this.tid(`document-${i}`);
  }

  rowNames(): Locator {
    return this.tid('document-rows').locator('[data-testid$="-name"]');
  }

  async openRow(i: number): Promise<void> {
    await this.openList();
    await this.tid(`document-${i}-open`).click();
    await expect(this.tid('document-list')).toBeHidden();
  }

  async documentAction(i: number, action: 'duplicate' | 'rename' | 'delete'): Promise<void> {
    await this.openList();
    await this.tid(`document-${i}-${action}`).click();
  }

  async renameRow(i: number, name: string): Promise<void> {
    await this.documentAction(i, 'rename');
    await this.tid('rename-document-name').fill(name);
    await this.tid('rename-document-confirm').click();
    await expect(this.tid('rename-document-dialog')).toHaveCount(0);
  }

  toast(): Locator {
    return this.tid('workspace-toast-message');
  }

  async toastUndo(): Promise<void> {
    await this.tid('workspace-toast-undo').click();
  }

  // ---- opening files ----
  async pasteXml(text: string): Promise<void> {
    await this.tid('open-menu').click();
    await this.tid('open-paste').click();
    await this.tid('paste-text').fill(text);
    await this.tid('paste-import').click();
    await expect(this.tid('paste-dialog')).toHaveCount(0);
  }

  /** Opens `text` as if the user picked a file named `name`. */
  async openFileText(name: string, text: string): Promise<void> {
    await this.tid('open-file-input').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text, 'utf8') });
  }

  // ---- stored data ----
  /** Runs `body` against the app's IndexedDB database in the page. */
  async storedRecordCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('caf-studio');
          req.onsuccess = () => {
            const r = req.result.transaction('documents').objectStore('documents').count();
            r.onsuccess = () => {
              req.result.close();
              resolve(r.result);
            };
            r.onerror = () => reject(r.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
  }

  /**
   * Replaces the app's database with one written by an earlier build: database version 1, storage format 1
   * (one record per whole document). The open app lets go of its connection; reload to read it.
   */
  async writeFormat1(documents: readonly (Record<string, unknown> & { readonly id: string })[], meta: unknown): Promise<void> {
    await this.page.evaluate(
      ({ documents, meta }) =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('caf-studio');
          del.onerror = () => reject(del.error);
          del.onsuccess = () => {
            const req = indexedDB.open('caf-studio', 1);
            req.onupgradeneeded = () => {
              const db = req.result;
              for (const name of ['documents', 'meta']) db.createObjectStore(name);
              db.createObjectStore('backups', { autoIncrement: true });
              for (const d of documents) req.transaction!.objectStore('documents').put(d, d.id);
              req.transaction!.objectStore('meta').put(meta, 'workspace');
            };
            req.onsuccess = () => {
              req.result.close();
              resolve();
            };
            req.onerror = () => reject(req.error);
          };
        }),
      { documents, meta },
    );
  }

  /** Overwrites the stored meta record (e.g. with an unknown format version). */
  /**
   * Breaks the stored record of the variant named `name` in a way only writing its XML finds (its items are not a
   * list). Reload to read it.
   */
  async damageStoredVariant(name: string): Promise<void> {
    await this.page.evaluate(
      (variantName) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('caf-studio');
          req.onsuccess = () => {
            const tx = req.result.transaction('parts', 'readwrite');
            const cursor = tx.objectStore('parts').openCursor();
            let done = false;
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (!c) return;
              const rec = c.value as { kind: string; value: Record<string, unknown> };
              if (!done && rec.kind === 'variant' && rec.value.name === variantName) {
                done = true;
                c.update({ ...rec, value: { ...rec.value, items: 5 } });
              }
              c.continue();
            };
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      name,
    );
  }

  async writeStoredMeta(meta: unknown): Promise<void> {
    await this.page.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('caf-studio');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put(value, 'workspace');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      meta,
    );
  }
}
