// A large saved document is checked (serialized) after the first screen instead of before it: the app starts
// with it open, its XML and first validation follow, and one whose stored data does not serialize is closed and
// kept as a backup. Each "page load" is a fresh set of module instances over the same in-memory IndexedDB.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../support/page-load.ts';
import type { AnswerFile, Variant } from '../../../src/model/types.ts';
import { createFoundingDocument } from '../../../src/model/founding.ts';
import { LARGE_DOCUMENT_PARTS } from '../../../src/store/large-document.ts';
import { until } from '../../support/until.ts';


/** The founding document with its variant repeated: more parts than are checked before the first screen. */
function largeDocument(name: string): AnswerFile {
  let n = 0;
  const doc = createFoundingDocument(() => `${name}-k${n++}`);
  const v = doc.variants[0]!;
  const variants: Variant[] = Array.from({ length: LARGE_DOCUMENT_PARTS + 1 }, (_, i) => ({ ...v, key: `${name}-v${i}` as Variant['key'], name: `Variant ${i}` }));
  return { ...doc, name, variants };
}

function idb<T>(run: (db: IDBDatabase, done: (v: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('caf-studio');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => run(req.result, (v) => {
      req.result.close();
      resolve(v);
    });
  });
}

/** Breaks stored variant `name` of document `id` in a way only serializing finds (its items are not a list). */
function damageVariant(id: string, name = 'Variant 0'): Promise<void> {
  return idb((db, done) => {
    const tx = db.transaction('parts', 'readwrite');
    const cursor = tx.objectStore('parts').openCursor();
    let damaged = false;
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const key = c.key as [string, string];
      const rec = c.value as { kind: string; value: Record<string, unknown> };
      if (!damaged && key[0] === id && rec.kind === 'variant' && rec.value.name === name) {
        damaged = true;
        c.update({ ...rec, value: { ...rec.value, items: 5 } });
      }
      c.continue();
    };
    tx.oncomplete = () => done(undefined);
  });
}

const countBackups = () =>
  idb<number>((db, done) => {
    const req = db.transaction('backups').objectStore('backups').count();
    req.onsuccess = () => done(req.result);
  });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('large saved documents are checked after the first screen', () => {
  it('opens a large saved document at once; its XML and first validation follow, from cached parts', async () => {
    const first = await loadPage();
    const id = first.ws.createDocument(largeDocument('Fleet'));
    await first.autosave.flushSaves();

    const page = await loadPage();
    expect(page.ws.useWorkspace.getState().currentId).toBe(id);
    const doc = page.editor.useEditor.getState().doc;
    expect(doc.name).toBe('Fleet');
    // Booted, but not yet checked: the XML is pending and the first validation waits.
    expect(page.pending.useXmlPending.getState().running).toBe(1);
    expect(page.diagnostics.diagnosticsOf(doc, false).checking).toBe(true);
    await page.pending.xmlReady();
    await until(() => expect(page.diagnostics.useChecking.getState().running).toBe(0));
    expect(page.diagnostics.diagnosticsOf(doc, false).checking).toBe(false);
    // The check filled the serializer's caches: the preview's first toXml builds no variant.
    const serialize = await import('../../../src/xml/serialize.ts');
    serialize.resetFragmentBuilds();
    expect(serialize.toXml(doc)).toContain('Name="Variant 200"');
    expect(serialize.fragmentBuilds.variant).toBe(0);
    expect(page.ws.useWorkspace.getState().notice).toBeNull();
  });

  it('closes one that does not serialize, keeps it as a backup and leaves the others', async () => {
    const first = await loadPage();
    const keepId = first.ws.useWorkspace.getState().currentId;
    const badId = first.ws.createDocument(largeDocument('Broken fleet'));
    await first.autosave.flushSaves();
    await damageVariant(badId);

    const page = await loadPage();
    expect(page.ws.useWorkspace.getState().currentId).toBe(badId);
    await page.pending.xmlReady();
    await until(() => expect(page.diagnostics.useChecking.getState().running).toBe(0));
    const state = page.ws.useWorkspace.getState();
    expect(state.entries.map((e) => e.id)).toEqual([keepId]);
    expect(state.currentId).toBe(keepId);
    expect(state.notice?.kind).toBe('backup');
    expect(state.notice?.message).toContain('“Broken fleet” could not be opened');
    expect(state.notice?.kind === 'backup' && JSON.parse(state.notice.text).data.document.name).toBe('Broken fleet');
    expect(await countBackups()).toBe(1);
    await page.autosave.flushSaves();

    // The next start is clean: the damaged record was removed once its backup was written.
    const again = await loadPage();
    await again.pending.xmlReady();
    expect(again.ws.useWorkspace.getState().entries.map((e) => e.id)).toEqual([keepId]);
    expect(again.ws.useWorkspace.getState().notice).toBeNull();
  });

  it('closes a damaged one by its id even when an edit to it was saved before its check failed, keeping the edit', async () => {
    const first = await loadPage();
    const keepId = first.ws.useWorkspace.getState().currentId;
    const badId = first.ws.createDocument(largeDocument('Broken fleet'));
    await first.autosave.flushSaves();
    // The last variant: the check reaches it after several slices, by when the edit below is saved.
    await damageVariant(badId, `Variant ${LARGE_DOCUMENT_PARTS}`);

    const page = await loadPage();
    expect(page.ws.useWorkspace.getState().currentId).toBe(badId);
    page.actions.setRootAttribute('owner', 'Edited meanwhile');
    await page.autosave.flushSaves();
    await page.pending.xmlReady();
    await until(() => expect(page.diagnostics.useChecking.getState().running).toBe(0));
    const state = page.ws.useWorkspace.getState();
    expect(state.entries.map((e) => e.id)).toEqual([keepId]);
    expect(state.notice?.kind === 'backup' && JSON.parse(state.notice.text).data.edited.owner).toBe('Edited meanwhile');
  });

  it('says "checking" for every document until the large ones are checked, so one opened meanwhile is not validated first', async () => {
    const first = await loadPage();
    const smallId = first.ws.useWorkspace.getState().currentId;
    first.ws.createDocument(largeDocument('Parked fleet'));
    first.ws.workspace.open(smallId);
    await first.autosave.flushSaves();

    const page = await loadPage();
    expect(page.ws.useWorkspace.getState().currentId).toBe(smallId);
    // The list's order follows the last change; find the parked document by its name.
    const parkedId = page.ws.useWorkspace.getState().entries.find((e) => e.name === 'Parked fleet')?.id;
    expect(parkedId).toBeDefined();
    const parked = page.ws.sessionOf(parkedId!)!.doc;
    expect(parked.variants).toHaveLength(LARGE_DOCUMENT_PARTS + 1);
    expect(page.diagnostics.diagnosticsOf(parked, false).checking).toBe(true);
    await page.pending.xmlReady();
    await until(() => expect(page.diagnostics.useChecking.getState().running).toBe(0));
    expect(page.diagnostics.diagnosticsOf(parked, false).checking).toBe(false);
  });

  it('checks a small saved document before the first screen, as before', async () => {
    const first = await loadPage();
    await first.autosave.flushSaves();
    const page = await loadPage();
    expect(page.pending.useXmlPending.getState().running).toBe(0);
  });
});
