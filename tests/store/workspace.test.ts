// The workspace store and autosave against an in-memory IndexedDB. Each "page load" is a fresh set of module
// instances (vi.resetModules) over the same database, as a reload would be.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../support/page-load.ts';
import { holdLongTimers } from '../support/held-timers.ts';
import { until } from '../support/until.ts';


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
    await first.autosave.flushSaves();

    const second = await loadPage();
    const state = second.ws.useWorkspace.getState();
    expect(state.entries.map((e) => [e.name, e.owner])).toEqual([
      ['SMStoSMTP', 'Contoso'],
      ['Second', ''],
    ]);
    expect(second.editor.useEditor.getState().doc.owner).toBe('Contoso');
    expect(second.editor.useEditor.getState().selection).toEqual(selected);
  });

  it('writes only the document that changed, once for a run of edits, and of it only the header and changed parts', async () => {
    const page = await loadPage();
    await page.autosave.flushSaves();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    page.ws.workspace.newFounding();
    await page.autosave.flushSaves();
    const id = page.ws.useWorkspace.getState().currentId;
    const partCount = page.editor.useEditor.getState().doc.variants.length + (page.editor.useEditor.getState().doc.targets?.targets.length ?? 0);
    // A new document: its header and every part.
    expect(put.mock.calls.filter(([, key]) => Array.isArray(key)).length).toBeGreaterThanOrEqual(partCount);
    put.mockClear();
    page.actions.setRootAttribute('owner', 'A');
    page.actions.setRootAttribute('owner', 'AB');
    expect(page.ws.useWorkspace.getState().saveState).toBe('pending');
    await page.autosave.flushSaves();
    // A root field: the header alone (the meta record, 'workspace', is not the document's; a write of it that
    // boot chained after its first save may land here).
    const own = put.mock.calls.filter(([, key]) => key !== 'workspace');
    expect(own.map(([, key]) => key)).toEqual([id]);
    expect((own[0]![0] as { root: { owner: string } }).root.owner).toBe('AB');
    put.mockClear();
    // A variant's field: that variant's record and the header.
    const variantKey = page.editor.useEditor.getState().doc.variants[0]!.key;
    page.actions.setVariantName(variantKey, 'Renamed');
    await page.autosave.flushSaves();
    const written = put.mock.calls.filter(([, key]) => key !== 'workspace');
    expect(written.map(([, key]) => (Array.isArray(key) ? 'part' : key))).toEqual(['part', id]);
    expect((written[0]![0] as { value: { name: string } }).value.name).toBe('Renamed');
    expect(page.ws.useWorkspace.getState().saveState).toBe('saved');
    put.mockRestore();

    const reloaded = await loadPage();
    reloaded.ws.workspace.open(id);
    expect(reloaded.editor.useEditor.getState().doc.variants[0]!.name).toBe('Renamed');
    expect(reloaded.editor.useEditor.getState().doc.owner).toBe('AB');
  });

  it('opens the stored documents when no workspace record says which was open (and saves their edits)', async () => {
    const first = await loadPage();
    first.actions.setRootAttribute('owner', 'Stored');
    await first.autosave.flushSaves();
    // The page went away (or the disk was full) after the document's first save and before the workspace record's.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('caf-studio');
      req.onsuccess = () => {
        const tx = req.result.transaction('meta', 'readwrite');
        tx.objectStore('meta').clear();
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    });
    const second = await loadPage();
    expect(second.ws.useWorkspace.getState().notice).toBeNull();
    expect(second.ws.useWorkspace.getState().entries).toHaveLength(1);
    expect(second.editor.useEditor.getState().doc.owner).toBe('Stored');
    second.actions.setRootAttribute('owner', 'Stored again');
    await second.autosave.flushSaves();
    const third = await loadPage();
    expect(third.editor.useEditor.getState().doc.owner).toBe('Stored again');
  });

  it('says Saved only once every queued document write is done, whatever other record is written meanwhile', async () => {
    const page = await loadPage();
    await page.autosave.flushSaves();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    void page.copies.enqueue(() => held); // the storage queue is busy
    page.actions.setRootAttribute('owner', 'Queued');
    const flushed = page.autosave.flushSaves(); // the document's write waits behind it
    await page.autosave.saveMeta(); // another record is written meanwhile, and succeeds
    expect(page.ws.useWorkspace.getState().saveState).toBe('pending');
    release();
    await flushed;
    expect(page.ws.useWorkspace.getState().saveState).toBe('saved');
    const reloaded = await loadPage();
    expect(reloaded.editor.useEditor.getState().doc.owner).toBe('Queued');
  });

  it('writes a new document in a task after the frame that shows it, and flushSaves still writes it at once', async () => {
    const page = await loadPage();
    await page.autosave.flushSaves();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    // Timers of 100 ms or more (afterPaint's fallback for a frame that never comes, the save delays) are held until
    // the end: "no frame yet" then holds however long the machine takes between two lines.
    const held = holdLongTimers(100);
    try {
      const put = vi.spyOn(IDBObjectStore.prototype, 'put');
      // Part records of the document just opened (leaving a document may write that one).
      const putsOfCurrent = () => put.mock.calls.filter(([, key]) => Array.isArray(key) && key[0] === page.ws.useWorkspace.getState().currentId).length;
      page.ws.workspace.newFounding();
      await new Promise((r) => setImmediate(r)); // a task later: IndexedDB's own tasks have run
      expect(putsOfCurrent()).toBe(0); // no frame yet
      expect(page.ws.useWorkspace.getState().saveState).toBe('pending');
      for (const cb of frames.splice(0)) cb(0);
      await until(() => expect(putsOfCurrent()).toBeGreaterThan(0)); // the task after the frame
      await page.autosave.flushSaves();

      put.mockClear();
      page.ws.workspace.newFounding();
      await page.autosave.flushSaves(); // before any frame (the page going away)
      expect(putsOfCurrent()).toBeGreaterThan(0);
    } finally {
      held.runAll(); // afterPaint's fallback timers, while the stubs stand
      await page.autosave.flushSaves();
      vi.unstubAllGlobals();
    }
  });

  it('writes a document of many parts ahead in slices, then the header; a reload reads it whole', async () => {
    const page = await loadPage();
    const { generateDocument } = await import('../../bench/generate.ts');
    page.ws.workspace.openAsNew('a file', generateDocument(130));
    const id = page.ws.useWorkspace.getState().currentId;
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await page.autosave.flushSaves();
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite').map(([stores]) => String(stores));
    transaction.mockRestore();
    // 260 parts: slices of parts alone, then the last slice with the header.
    expect(writes.filter((w) => w === 'parts')).toHaveLength(Math.ceil(260 / page.autosave.PARTS_PER_WRITE) - 1);
    const saved = page.editor.useEditor.getState().doc;

    const reloaded = await loadPage();
    expect(reloaded.ws.useWorkspace.getState().currentId).toBe(id);
    expect(reloaded.editor.useEditor.getState().doc).toEqual(saved);
  });

  it('a failed save of many parts removes the parts it wrote ahead, and the stored copy stays readable', async () => {
    const page = await loadPage();
    await page.autosave.flushSaves();
    const { generateDocument } = await import('../../bench/generate.ts');
    const big = generateDocument(130);
    let parts = 0;
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof realPut>) {
      if (Array.isArray(args[1]) && ++parts > 150) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    let id = '';
    try {
      page.ws.workspace.openAsNew('a file', big);
      id = page.ws.useWorkspace.getState().currentId;
      await page.autosave.saveNow(id);
      expect(page.ws.useWorkspace.getState().saveState).toBe('full');
      await page.autosave.flushSaves(); // the save that openAsNew scheduled fails the same way
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(page.autosave.hasLocalEdits(id)).toBe(true);
    const { openStorage, splitPartIds } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    const stored = await opened.storage.readAll();
    const listed = new Set(stored.documents.flatMap((d) => splitPartIds((d as { parts: string }).parts).map((p) => `${(d as { id: string }).id}/${p}`)));
    expect(stored.parts.map((p) => (p.key as string[]).join('/')).filter((k) => !listed.has(k))).toEqual([]);
    // A tab closed in the middle of such a save leaves parts no header lists: the next start removes them.
    await opened.storage.putParts(page.ws.useWorkspace.getState().entries[0]!.id, [['0.cut.0', { kind: 'variant', value: {} }]]);
    // The next start reads the documents that were saved and says nothing is wrong.
    const reloaded = await loadPage();
    expect(reloaded.ws.useWorkspace.getState().notice).toBeNull();
    expect(reloaded.ws.useWorkspace.getState().entries.map((e) => e.name)).toEqual(['SMStoSMTP']);
    expect((await opened.storage.readAll()).parts.some((p) => (p.key as string[])[1] === '0.cut.0')).toBe(false);
  });

  it('reads a database written in format 1 (one record per whole document) and stores it in the current format', async () => {
    const { createFoundingDocument } = await import('../../src/model/founding.ts');
    const { counterKeys } = await import('../../src/model/ids.ts');
    const doc = { ...createFoundingDocument(counterKeys('m')), owner: 'Contoso' };
    const selection = { kind: 'variant', key: doc.variants[0]!.key };
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('caf-studio', 1);
      req.onupgradeneeded = () => {
        for (const name of ['documents', 'meta']) req.result.createObjectStore(name);
        req.result.createObjectStore('backups', { autoIncrement: true });
        const tx = req.transaction!;
        tx.objectStore('documents').put({ id: 'old', name: doc.name, owner: 'Contoso', createdAt: 5, updatedAt: 6, revision: 3, doc }, 'old');
        tx.objectStore('meta').put({ formatVersion: 1, currentId: 'old', selection }, 'workspace');
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });

    const page = await loadPage();
    expect(page.ws.useWorkspace.getState().notice).toBeNull();
    expect(page.ws.useWorkspace.getState().currentId).toBe('old');
    expect(page.editor.useEditor.getState().doc).toEqual(doc);
    expect(page.editor.useEditor.getState().selection).toEqual(selection);
    const { openStorage } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    const stored = await opened.storage.readAll();
    expect(stored.meta).toMatchObject({ formatVersion: 2, currentId: 'old' });
    expect(stored.documents).toEqual([expect.objectContaining({ id: 'old', revision: 3, createdAt: 5, root: expect.objectContaining({ owner: 'Contoso' }) })]);

    // Edits save over the migrated copy, and the next start reads the same document again.
    page.actions.setRootAttribute('owner', 'Fabrikam');
    await page.autosave.flushSaves();
    const again = await loadPage();
    expect(again.editor.useEditor.getState().doc).toEqual({ ...doc, owner: 'Fabrikam' });
  });

  it('another tab\'s save: this tab reads only the parts it lacks and keeps the others identical', async () => {
    const a = await loadPage();
    a.actions.setRootAttribute('owner', 'A');
    await a.autosave.flushSaves();
    const b = await loadPage();
    const before = b.editor.useEditor.getState().doc;
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    a.actions.setVariantName(a.editor.useEditor.getState().doc.variants[0]!.key, 'Renamed');
    await a.autosave.flushSaves();
    await until(() => expect(b.editor.useEditor.getState().doc.variants[0]!.name).toBe('Renamed'));
    const partReads = get.mock.calls.filter(([key]) => Array.isArray(key));
    get.mockRestore();
    expect(partReads).toHaveLength(1);
    const after = b.editor.useEditor.getState().doc;
    expect(after).toEqual(a.editor.useEditor.getState().doc);
    expect(after.variants.slice(1)).toEqual(before.variants.slice(1));
    after.variants.slice(1).forEach((v, i) => expect(v).toBe(before.variants[i + 1]));
    expect(after.targets!.targets[0]).toBe(before.targets!.targets[0]);
  });

  it('deletes with undo: the record goes, and Undo writes it back', async () => {
    const page = await loadPage();
    page.ws.workspace.newEmpty();
    await page.autosave.flushSaves();
    const id = page.ws.useWorkspace.getState().currentId;
    page.ws.workspace.remove(id);
    expect(page.ws.useWorkspace.getState().entries).toHaveLength(1);
    const toast = page.ws.useWorkspace.getState().toast;
    expect(toast?.message).toBe('Deleted the untitled document');
    toast?.undo?.run();
    await page.autosave.flushSaves();
    expect(page.ws.useWorkspace.getState().currentId).toBe(id);

    const reloaded = await loadPage();
    expect(reloaded.ws.useWorkspace.getState().entries.map((e) => e.id)).toContain(id);
  });

  it('refuses to write over a revision another tab wrote, and reports the conflict', async () => {
    const page = await loadPage();
    await page.autosave.flushSaves();
    const id = page.ws.useWorkspace.getState().currentId;
    // Another tab writes revision 2 behind this tab's back.
    const { openStorage } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    const stored = (await opened.storage.readDocument(id))!.header as { revision: number; parts: string };
    expect(await opened.storage.putDocument(id, { ...stored, revision: stored.revision + 1 }, [], null, stored.revision)).toEqual({ ok: true });

    page.actions.setRootAttribute('owner', 'Mine');
    await page.autosave.flushSaves();
    expect(page.ws.useWorkspace.getState().conflict).toEqual({ id, deleted: false });
    expect(page.ws.useWorkspace.getState().saveState).toBe('conflict');
    const ownerOf = async () => ((await opened.storage.readDocument(id))!.header as { root: { owner?: string } }).root.owner ?? '';
    expect(await ownerOf()).toBe('');

    const sync = await import('../../src/store/saved/tab-sync.ts');
    await sync.conflictActions.keepMine();
    expect(await ownerOf()).toBe('Mine');
  });

  it('unknown stored data: starts fresh with a backup notice and keeps the data in the backups store', async () => {
    const first = await loadPage();
    first.actions.setRootAttribute('owner', 'Old');
    await first.autosave.flushSaves();
    const { openStorage } = await import('../../src/lib/storage.ts');
    const opened = await openStorage();
    if (!opened.ok) throw new Error(opened.message);
    await opened.storage.putMeta({ formatVersion: 7 });

    const second = await loadPage();
    const notice = second.ws.useWorkspace.getState().notice;
    expect(notice?.kind).toBe('backup');
    if (notice?.kind !== 'backup') return;
    expect(JSON.parse(notice.text).data.documents[0].root.owner).toBe('Old');
    expect(second.editor.useEditor.getState().doc.owner).toBe('');
  });
});
