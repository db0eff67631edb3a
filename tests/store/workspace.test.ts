// The workspace store and autosave against an in-memory IndexedDB. Each "page load" is a fresh set of module
// instances (vi.resetModules) over the same database, as a reload would be.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function loadPage() {
  vi.resetModules();
  const persistence = await import('../../src/store/persistence.ts');
  const ws = await import('../../src/store/workspace.ts');
  const editor = await import('../../src/store/editor-store.ts');
  const actions = (await import('../../src/store/actions.ts')).actions;
  await persistence.bootWorkspace();
  return { persistence, ws, editor, actions };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('workspace autosave', () => {
  it('starts with the founding document, saves edits, and a reload restores documents and selection', async () => {
    const first = await loadPage();
    expect(first.ws.useWorkspace.getState().ready).toBe(true);
    expect(first.ws.useWorkspace.getState().entries.map((e) => e.name)).toEqual(['SMStoSMTP']);
    first.actions.setRootAttribute('owner', 'Contoso');
    first.actions.addTarget();
    const selected = first.editor.useEditor.getState().selection;
    first.ws.workspace.newEmpty();
    first.actions.setRootAttribute('name', 'Second');
    first.ws.workspace.open(first.ws.useWorkspace.getState().entries[0]!.id);
    await first.persistence.flushSaves();

    const second = await loadPage();
    const state = second.ws.useWorkspace.getState();
    expect(state.entries.map((e) => [e.name, e.owner])).toEqual([
      ['SMStoSMTP', 'Contoso'],
      ['Second', ''],
    ]);
    expect(second.editor.useEditor.getState().doc.owner).toBe('Contoso');
    expect(second.editor.useEditor.getState().selection).toEqual(selected);
  });

  it('writes only the document that changed, once for a run of edits', async () => {
    const page = await loadPage();
    await page.persistence.flushSaves();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    page.ws.workspace.newEmpty();
    await page.persistence.flushSaves();
    put.mockClear();
    page.actions.setRootAttribute('owner', 'A');
    page.actions.setRootAttribute('owner', 'AB');
    expect(page.ws.useWorkspace.getState().saveState).toBe('pending');
    await page.persistence.flushSaves();
    const docPuts = put.mock.calls.filter(([, key]) => key !== 'workspace');
    expect(docPuts).toHaveLength(1);
    expect((docPuts[0]![0] as { doc: { owner: string } }).doc.owner).toBe('AB');
    expect(page.ws.useWorkspace.getState().saveState).toBe('saved');
    put.mockRestore();
  });

  it('deletes with undo: the record goes, and Undo writes it back', async () => {
    const page = await loadPage();
    page.ws.workspace.newEmpty();
    await page.persistence.flushSaves();
    const id = page.ws.useWorkspace.getState().currentId;
    page.ws.workspace.remove(id);
    expect(page.ws.useWorkspace.getState().entries).toHaveLength(1);
    const toast = page.ws.useWorkspace.getState().toast;
    expect(toast?.message).toBe('Deleted the untitled document');
    toast?.undo?.run();
    await page.persistence.flushSaves();
    expect(page.ws.useWorkspace.getState().currentId).toBe(id);

    const reloaded = await loadPage();
    expect(reloaded.ws.useWorkspace.getState().entries.map((e) => e.id)).toContain(id);
  });

  it('refuses to write over a revision another tab wrote, and reports the conflict', async () => {
    const page = await loadPage();
    await page.persistence.flushSaves();
    const id = page.ws.useWorkspace.getState().currentId;
    // Another tab writes revision 2 behind this tab's back.
    const { openStorage } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    const stored = (await opened.storage.readDocument(id)) as { revision: number };
    expect(await opened.storage.putDocument(id, { ...stored, revision: stored.revision + 1 }, stored.revision)).toEqual({ ok: true });

    page.actions.setRootAttribute('owner', 'Mine');
    await page.persistence.flushSaves();
    expect(page.ws.useWorkspace.getState().conflict).toEqual({ id, deleted: false });
    expect(page.ws.useWorkspace.getState().saveState).toBe('conflict');
    expect(((await opened.storage.readDocument(id)) as { doc: { owner: string } }).doc.owner).toBe('');

    const sync = await import('../../src/store/workspace-sync.ts');
    await sync.conflictActions.keepMine();
    expect(((await opened.storage.readDocument(id)) as { doc: { owner: string }; revision: number }).doc.owner).toBe('Mine');
  });

  it('unknown stored data: starts fresh with a backup notice and keeps the data in the backups store', async () => {
    const first = await loadPage();
    first.actions.setRootAttribute('owner', 'Old');
    await first.persistence.flushSaves();
    const { openStorage } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    await opened.storage.putMeta({ formatVersion: 7 });

    const second = await loadPage();
    const notice = second.ws.useWorkspace.getState().notice;
    expect(notice?.kind).toBe('backup');
    if (notice?.kind !== 'backup') return;
    expect(JSON.parse(notice.text).data.documents[0].doc.owner).toBe('Old');
    expect(second.editor.useEditor.getState().doc.owner).toBe('');
  });
});
