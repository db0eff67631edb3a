// The database is opened once per page: main.tsx starts the request early and the workspace boot takes it.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  globalThis.indexedDB = new IDBFactory();
});

describe('openStorageOnce', () => {
  it('returns the first request to every later caller', async () => {
    const { openStorageOnce } = await import('../../src/store/storage-open.ts');
    const first = openStorageOnce();
    expect(openStorageOnce()).toBe(first);
    expect((await first).ok).toBe(true);
  });

  it('is the request the workspace boots from: the database is opened once', async () => {
    const open = vi.spyOn(globalThis.indexedDB, 'open');
    const { openStorageOnce } = await import('../../src/store/storage-open.ts');
    const persistence = await import('../../src/store/persistence.ts');
    void openStorageOnce();
    await persistence.bootWorkspace();
    expect(open).toHaveBeenCalledTimes(1);
    const ws = await import('../../src/store/workspace.ts');
    expect(ws.useWorkspace.getState().ready).toBe(true);
  });
});
