// The database is opened and read once per page: start-storage.ts starts it before the other modules evaluate
// and the workspace boot takes the result.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  globalThis.indexedDB = new IDBFactory();
});

describe('startStorage', () => {
  it('returns the first request to every later caller', async () => {
    const { startStorage } = await import('../../../src/store/saved/storage-open.ts');
    const first = startStorage();
    expect(startStorage()).toBe(first);
    const started = await first;
    expect(started.ok && started.read).toEqual({ ok: true, raw: { meta: undefined, documents: [], keys: [], parts: [], baselines: [], histories: [] } });
  });

  it('is the request the workspace boots from: the database is opened once', async () => {
    const open = vi.spyOn(globalThis.indexedDB, 'open');
    const { startStorage } = await import('../../../src/store/saved/storage-open.ts');
    const start = await import('../../../src/store/saved/start.ts');
    void startStorage();
    await start.bootWorkspace();
    expect(open).toHaveBeenCalledTimes(1);
    const ws = await import('../../../src/store/workspace.ts');
    expect(ws.useWorkspace.getState().ready).toBe(true);
  });

  it('keeps a failed read as a value: boot reports it and works in memory', async () => {
    const actual = await vi.importActual<typeof import('../../../src/lib/storage.ts')>('../../../src/lib/storage.ts');
    const opened = await actual.openStorage();
    if (!opened.ok) throw new Error(opened.message);
    const storage = { ...opened.storage, readAll: () => Promise.reject(new Error('disk gone')) };
    vi.doMock('../../../src/lib/storage.ts', () => ({ ...actual, openStorage: async () => ({ ok: true, storage }) }));
    const { startStorage } = await import('../../../src/store/saved/storage-open.ts');
    const started = await startStorage();
    expect(started.ok && started.read.ok).toBe(false);
    const start = await import('../../../src/store/saved/start.ts');
    await start.bootWorkspace();
    const ws = (await import('../../../src/store/workspace.ts')).useWorkspace.getState();
    expect(ws.ready).toBe(true);
    expect(ws.saveState).toBe('memory');
    expect(ws.notice?.message).toContain('disk gone');
    vi.doUnmock('../../../src/lib/storage.ts');
  });
});
