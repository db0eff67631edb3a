import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isQuotaError, openStorage, type WorkspaceStorage } from '../../src/lib/storage.ts';

async function fresh(): Promise<WorkspaceStorage> {
  const opened = await openStorage(new IDBFactory());
  if (!opened.ok) throw new Error(opened.message);
  return opened.storage;
}

describe('workspace storage (IndexedDB)', () => {
  it('starts empty, then reads back what was written (structured clone, not JSON)', async () => {
    const s = await fresh();
    expect(await s.readAll()).toEqual({ meta: undefined, documents: [], keys: [] });
    const rec = { id: 'a', revision: 1, doc: { name: '設定 📱', owner: undefined, variants: [] } };
    expect(await s.putDocument('a', rec, 0)).toEqual({ ok: true });
    expect(await s.putMeta({ formatVersion: 1, currentId: 'a' })).toEqual({ ok: true });
    const all = await s.readAll();
    expect(all).toEqual({ meta: { formatVersion: 1, currentId: 'a' }, documents: [rec], keys: ['a'] });
    expect(await s.readDocument('a')).toEqual(rec);
  });

  it('writes only over the revision the writer loaded', async () => {
    const s = await fresh();
    await s.putDocument('a', { revision: 1 }, 0);
    await s.putDocument('a', { revision: 2 }, 1);
    // A second tab that still has revision 1 is refused and told what is stored.
    expect(await s.putDocument('a', { revision: 2 }, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: 2 });
    expect(await s.readDocument('a')).toEqual({ revision: 2 });
    // Creating a document whose id exists is a conflict too; `null` writes regardless (Keep mine).
    expect(await s.putDocument('a', { revision: 1 }, 0)).toMatchObject({ reason: 'conflict' });
    expect(await s.putDocument('a', { revision: 9 }, null)).toEqual({ ok: true });
  });

  it('reports a document deleted elsewhere as a conflict with no stored revision', async () => {
    const s = await fresh();
    await s.putDocument('a', { revision: 1 }, 0);
    expect(await s.deleteDocument('a')).toEqual({ ok: true });
    expect(await s.putDocument('a', { revision: 2 }, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: undefined });
  });

  it('keeps a backup and clears the rest', async () => {
    const s = await fresh();
    await s.putDocument('a', { revision: 1 }, 0);
    await s.putMeta({ formatVersion: 99 });
    expect(await s.backupAndClear('{"old":true}', 5)).toEqual({ ok: true });
    expect(await s.readAll()).toEqual({ meta: undefined, documents: [], keys: [] });
  });

  it('classifies a full disk', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('says so when there is no IndexedDB at all', async () => {
    expect(await openStorage(null)).toMatchObject({ ok: false });
  });
});
