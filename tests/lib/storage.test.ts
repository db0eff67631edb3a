import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isQuotaError, joinPartIds, openStorage, READ_PAGE, splitPartIds, type WorkspaceStorage } from '../../src/lib/storage.ts';

async function fresh(factory = new IDBFactory()): Promise<WorkspaceStorage> {
  const opened = await openStorage(factory);
  if (!opened.ok) throw new Error(opened.message);
  return opened.storage;
}

const header = (revision: number, parts: string[] = []) => ({ id: 'a', revision, parts: joinPartIds(parts) });

describe('workspace storage (IndexedDB)', () => {
  it('starts empty, then reads back what was written (structured clone, not JSON)', async () => {
    const s = await fresh();
    expect(await s.readAll()).toEqual({ meta: undefined, documents: [], keys: [], parts: [], baselines: [], histories: [] });
    const rec = { ...header(1, ['p1']), name: '設定 📱', owner: undefined };
    const part = { kind: 'variant', value: { key: 'v', tags: new Map([[1, 'x']]) } };
    expect(await s.putDocument('a', rec, [['p1', part]], null, 0)).toEqual({ ok: true });
    expect(await s.putMeta({ formatVersion: 2, currentId: 'a' })).toEqual({ ok: true });
    expect(await s.readAll()).toEqual({ meta: { formatVersion: 2, currentId: 'a' }, documents: [rec], keys: ['a'], parts: [{ key: ['a', 'p1'], value: part }], baselines: [], histories: [] });
    expect(await s.readDocument('a')).toEqual({ header: rec, parts: new Map([['p1', part]]) });
    expect(await s.readDocument('nope')).toBeUndefined();
  });

  it('reads only the parts the reader does not hold, by get or, for many, by one getAll', async () => {
    const s = await fresh();
    const ids = Array.from({ length: 100 }, (_, i) => `p${i}`);
    await s.putDocument('a', header(1, ids), ids.map((id) => [id, { n: id }]), null, 0);
    const few = await s.readDocument('a', new Set(ids.slice(2)));
    expect([...few!.parts.keys()]).toEqual(['p0', 'p1']);
    const all = await s.readDocument('a');
    expect(all!.parts.size).toBe(100);
    expect(all!.parts.get('p42')).toEqual({ n: 'p42' });
  });

  it('reads more part records than a page, in order, for everything and for one document', async () => {
    const s = await fresh();
    const ids = Array.from({ length: READ_PAGE * 2 + 3 }, (_, i) => `p${String(i).padStart(5, '0')}`);
    await s.putDocument('b', Object.assign(header(1, ids), { id: 'b' }), ids.map((id) => [id, id]), null, 0);
    await s.putDocument('a', header(1, ['x']), [['x', 'X']], null, 0);
    await s.putDocument('c', Object.assign(header(1, ['y']), { id: 'c' }), [['y', 'Y']], null, 0);
    const all = await s.readAll();
    expect(all.parts.map((p) => p.value)).toEqual(['X', ...ids, 'Y']);
    const b = await s.readDocument('b');
    expect([...b!.parts.values()]).toEqual(ids);
  });

  it('writes only over the revision the writer loaded', async () => {
    const s = await fresh();
    await s.putDocument('a', header(1), [], null, 0);
    await s.putDocument('a', header(2), [], null, 1);
    // A second tab that still has revision 1 is refused and told what is stored; its parts are not written.
    expect(await s.putDocument('a', header(2, ['x']), [['x', 1]], null, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: 2 });
    expect(await s.readDocument('a')).toEqual({ header: header(2), parts: new Map() });
    expect((await s.readAll()).parts).toEqual([]);
    // Creating a document whose id exists is a conflict too; `null` writes regardless (Keep mine).
    expect(await s.putDocument('a', header(1), [], null, 0)).toMatchObject({ reason: 'conflict' });
    expect(await s.putDocument('a', header(9), [], null, null)).toEqual({ ok: true });
  });

  it('deletes the parts the new header no longer lists, and parts written ahead are kept until listed', async () => {
    const s = await fresh();
    await s.putDocument('a', header(1, ['p1', 'p2']), [['p1', 1], ['p2', 2]], null, 0);
    expect(await s.putParts('a', [['p3', 3]])).toEqual({ ok: true });
    expect((await s.putDocument('a', header(2, ['p1', 'p3']), [], null, 1)).ok).toBe(true);
    expect((await s.readAll()).parts.map((p) => p.key)).toEqual([['a', 'p1'], ['a', 'p3']]);
    // The writer may name the replaced parts itself (it knows them: no need to read the stored list).
    expect((await s.putDocument('a', header(3, ['p4', 'p3']), [['p4', 4]], ['p1'], 2)).ok).toBe(true);
    expect((await s.readAll()).parts.map((p) => p.key)).toEqual([['a', 'p3'], ['a', 'p4']]);
    expect(await s.deleteParts('a', ['p3'])).toEqual({ ok: true });
    expect((await s.readAll()).parts.map((p) => p.key)).toEqual([['a', 'p4']]);
  });

  it('reports a document deleted elsewhere as a conflict with no stored revision; deleting takes its parts', async () => {
    const s = await fresh();
    await s.putDocument('a', header(1, ['p']), [['p', 1]], null, 0);
    await s.putDocument('ab', Object.assign(header(1, ['p']), { id: 'ab' }), [['p', 1]], null, 0);
    expect(await s.deleteDocument('a')).toEqual({ ok: true });
    expect((await s.readAll()).parts.map((p) => p.key)).toEqual([['ab', 'p']]);
    expect(await s.putDocument('a', header(2), [], null, 1)).toEqual({ ok: false, reason: 'conflict', storedRevision: undefined });
  });

  it('replaces everything in one transaction (after a migration)', async () => {
    const s = await fresh();
    await s.putDocument('old', header(1, ['p']), [['p', 1]], null, 0);
    const h = header(3, ['q']);
    expect(await s.replaceAll({ formatVersion: 2 }, [{ key: 'a', value: h }], [{ key: ['a', 'q'], value: 'Q' }])).toEqual({ ok: true });
    expect(await s.readAll()).toEqual({ meta: { formatVersion: 2 }, documents: [h], keys: ['a'], parts: [{ key: ['a', 'q'], value: 'Q' }], baselines: [], histories: [] });
  });

  it('keeps a backup and clears the rest', async () => {
    const s = await fresh();
    await s.putDocument('a', header(1, ['p']), [['p', 1]], null, 0);
    await s.putMeta({ formatVersion: 99 });
    expect(await s.backupAndClear('{"old":true}', 5)).toEqual({ ok: true });
    expect(await s.readAll()).toEqual({ meta: undefined, documents: [], keys: [], parts: [], baselines: [], histories: [] });
  });

  it('opens a database of the first version and adds the parts store, keeping its records', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('caf-studio', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('documents');
        req.result.createObjectStore('meta');
        req.result.createObjectStore('backups', { autoIncrement: true });
        req.transaction!.objectStore('documents').put({ id: 'a', revision: 1 }, 'a');
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const s = await fresh(factory);
    expect(await s.readAll()).toEqual({ meta: undefined, documents: [{ id: 'a', revision: 1 }], keys: ['a'], parts: [], baselines: [], histories: [] });
  });

  it('keeps baselines in their own records: read one by one, listed by key at start, swept, cleared with the rest', async () => {
    const s = await fresh();
    expect(await s.readBaseline('a')).toBeUndefined();
    await s.putBaseline('a', { text: 'A' });
    await s.putBaseline('b', { text: 'B' });
    expect(await s.readBaseline('a')).toEqual({ text: 'A' });
    expect((await s.readAll()).baselines).toEqual(['a', 'b']);
    await s.sweepBaselines(new Set(['b']));
    expect((await s.readAll()).baselines).toEqual(['b']);
    await s.putBaseline('b', undefined);
    expect(await s.readBaseline('b')).toBeUndefined();
    await s.putBaseline('c', { text: 'C' });
    await s.backupAndClear('{}', 1);
    expect((await s.readAll()).baselines).toEqual([]);
  });

  it('keeps a header\'s part ids as one string', () => {
    expect(splitPartIds(joinPartIds(['1-ab.0', '1-ab.1']))).toEqual(['1-ab.0', '1-ab.1']);
    expect(splitPartIds(joinPartIds([]))).toEqual([]);
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
