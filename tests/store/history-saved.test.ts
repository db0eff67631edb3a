// Strict mode and the undo history survive a reload (issue 22): the history comes back only when it was saved
// with the document that was loaded, and a damaged record is ignored. Each "page load" is a fresh set of module
// instances over the same in-memory IndexedDB.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPage } from '../support/page-load.ts';
import { until } from '../support/until.ts';
import type { AnswerFile } from '../../src/model/types.ts';

async function openPage() {
  const page = await loadPage();
  const history = await import('../../src/store/saved/history-saved.ts');
  const view = await import('../../src/store/view-store.ts');
  const copies = await import('../../src/store/saved/copies.ts');
  return { ...page, history, view, copies };
}

const rename = (name: string) => (doc: AnswerFile) => ({ ...doc, name });

async function save(page: Awaited<ReturnType<typeof openPage>>) {
  await page.autosave.flushSaves();
  await page.history.flushHistories();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('saved undo history and strict mode', () => {
  it('gives the history back after a reload: Undo steps back through the edits made before it', async () => {
    const page = await openPage();
    const first = page.editor.useEditor.getState().doc.name;
    page.editor.useEditor.getState().edit('Rename', rename('One'));
    page.editor.useEditor.getState().edit('Rename', rename('Two'));
    page.view.useView.getState().setStrict(true);
    await save(page);

    const again = await openPage();
    expect(again.editor.useEditor.getState().doc.name).toBe('Two');
    expect(again.view.useView.getState().strict).toBe(true);
    await until(() => expect(again.editor.useEditor.getState().history.past).toHaveLength(2));
    again.editor.useEditor.getState().undo();
    expect(again.editor.useEditor.getState().doc.name).toBe('One');
    again.editor.useEditor.getState().undo();
    expect(again.editor.useEditor.getState().doc.name).toBe(first);
    again.editor.useEditor.getState().redo();
    expect(again.editor.useEditor.getState().doc.name).toBe('One');
  });

  it('keeps strict mode off when it was off', async () => {
    const page = await openPage();
    page.editor.useEditor.getState().edit('Rename', rename('One'));
    await save(page);
    const again = await openPage();
    expect(again.view.useView.getState().strict).toBe(false);
  });

  it('drops a history saved with another version of the document, and a damaged one', async () => {
    const page = await openPage();
    const id = page.ws.useWorkspace.getState().currentId;
    page.editor.useEditor.getState().edit('Rename', rename('One'));
    await save(page);
    const storage = page.copies.currentStorage()!;
    // Saved with another document: undoing from it would skip edits.
    const stored = (await storage.readHistory(id)) as { present: AnswerFile };
    await storage.putHistory(id, { ...stored, present: { ...stored.present, name: 'Elsewhere' } });
    const again = await openPage();
    // Once its look is done (flushHistories waits for it), the page has no history to undo.
    await again.history.flushHistories();
    expect(again.editor.useEditor.getState().history.past).toHaveLength(0);

    await storage.putHistory(id, { format: 1, present: again.editor.useEditor.getState().doc, past: [{ doc: 5, selection: { kind: 'document' }, label: 'x' }], future: [] });
    const third = await openPage();
    await third.history.flushHistories();
    expect(third.editor.useEditor.getState().history.past).toHaveLength(0);
    expect(await third.history.readHistory({ format: 1, present: third.editor.useEditor.getState().doc, past: 'no', future: [] }, third.editor.useEditor.getState().doc)).toBeUndefined();
  });
});
