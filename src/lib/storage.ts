// IndexedDB access for the workspace: read everything, write one document only over the revision this tab
// loaded (compare-and-swap in one transaction), delete, and keep backups. Every outcome is a value; nothing
// here throws into the caller. The record shapes are the store's business (src/store/persistence-format.ts).

export const DB_NAME = 'caf-studio';
const DB_VERSION = 1;
export const DOCUMENTS = 'documents';
export const META = 'meta';
export const BACKUPS = 'backups';
export const META_KEY = 'workspace';

export type WriteResult =
  | { readonly ok: true }
  /** The stored revision is not the one expected: another tab wrote (or deleted) the document. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly storedRevision: number | undefined }
  | { readonly ok: false; readonly reason: 'quota' | 'failed'; readonly message: string };

export interface StoredRaw {
  readonly meta: unknown;
  readonly documents: readonly unknown[];
  /** The record keys, in the order of `documents`. */
  readonly keys: readonly IDBValidKey[];
}

export interface WorkspaceStorage {
  readAll(): Promise<StoredRaw>;
  readDocument(id: string): Promise<unknown>;
  /** Writes `record` under `id` if the stored revision is `expected` (0 = no record yet); `null` writes regardless. */
  putDocument(id: string, record: { readonly revision: number }, expected: number | null): Promise<WriteResult>;
  deleteDocument(id: IDBValidKey): Promise<WriteResult>;
  putMeta(meta: unknown): Promise<WriteResult>;
  /** Keeps `text` as a backup, then removes every document and the meta record (starting fresh). */
  backupAndClear(text: string, at: number): Promise<WriteResult>;
  putBackup(text: string, at: number): Promise<WriteResult>;
}

/** Whether an error means the browser refused to store more (the disk or the origin's quota is full). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = (e as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function failure(e: unknown): WriteResult {
  const message = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e);
  return { ok: false, reason: isQuotaError(e) ? 'quota' : 'failed', message };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Runs `body` in one transaction and resolves when it commits (or with the failure when it aborts). */
function write(db: IDBDatabase, stores: string[], body: (tx: IDBTransaction) => void | WriteResult | Promise<void | WriteResult>): Promise<WriteResult> {
  return new Promise((resolve) => {
    let tx: IDBTransaction;
    let early: WriteResult | null = null;
    try {
      tx = db.transaction(stores, 'readwrite');
    } catch (e) {
      resolve(failure(e));
      return;
    }
    tx.oncomplete = () => resolve(early ?? { ok: true });
    tx.onabort = () => resolve(early ?? failure(tx.error ?? new Error('The transaction was aborted')));
    tx.onerror = (ev) => ev.preventDefault();
    Promise.resolve()
      .then(() => body(tx))
      .then(
        (r) => {
          if (r && !r.ok) {
            early = r;
            tx.abort();
          }
        },
        (e: unknown) => {
          early = failure(e);
          try {
            tx.abort();
          } catch {
            // already finished
          }
        },
      );
  });
}

export type OpenResult = { readonly ok: true; readonly storage: WorkspaceStorage } | { readonly ok: false; readonly message: string };

/** Opens (creating on first use) the workspace database. */
export function openStorage(factory: IDBFactory | null = globalThis.indexedDB ?? null): Promise<OpenResult> {
  return new Promise((resolve) => {
    if (!factory) {
      resolve({ ok: false, message: 'This browser offers no IndexedDB storage.' });
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      resolve({ ok: false, message: String(e) });
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of [DOCUMENTS, META]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      if (!db.objectStoreNames.contains(BACKUPS)) db.createObjectStore(BACKUPS, { autoIncrement: true });
    };
    req.onblocked = () => resolve({ ok: false, message: 'Another CAF Studio tab is upgrading the storage; reload this tab.' });
    req.onerror = () => resolve({ ok: false, message: req.error?.message ?? 'The storage could not be opened.' });
    req.onsuccess = () => {
      const db = req.result;
      // Another tab of a newer build wants to upgrade: let it, this tab keeps working in memory.
      db.onversionchange = () => db.close();
      resolve({ ok: true, storage: storageOf(db) });
    };
  });
}

function storageOf(db: IDBDatabase): WorkspaceStorage {
  return {
    async readAll() {
      const tx = db.transaction([DOCUMENTS, META], 'readonly');
      const [meta, documents, keys] = await Promise.all([
        request(tx.objectStore(META).get(META_KEY)),
        request(tx.objectStore(DOCUMENTS).getAll()),
        request(tx.objectStore(DOCUMENTS).getAllKeys()),
      ]);
      return { meta, documents, keys };
    },

    async readDocument(id) {
      return request(db.transaction(DOCUMENTS, 'readonly').objectStore(DOCUMENTS).get(id));
    },

    putDocument(id, record, expected) {
      return write(db, [DOCUMENTS], async (tx) => {
        const store = tx.objectStore(DOCUMENTS);
        if (expected !== null) {
          const stored: unknown = await request(store.get(id));
          const rev = revisionOf(stored);
          if ((rev ?? 0) !== expected) return { ok: false, reason: 'conflict', storedRevision: rev };
        }
        store.put(record, id);
      });
    },

    deleteDocument(id) {
      return write(db, [DOCUMENTS], (tx) => {
        tx.objectStore(DOCUMENTS).delete(id);
      });
    },

    putMeta(meta) {
      return write(db, [META], (tx) => {
        tx.objectStore(META).put(meta, META_KEY);
      });
    },

    putBackup(text, at) {
      return write(db, [BACKUPS], (tx) => {
        tx.objectStore(BACKUPS).add({ at, text });
      });
    },

    backupAndClear(text, at) {
      return write(db, [BACKUPS, DOCUMENTS, META], (tx) => {
        tx.objectStore(BACKUPS).add({ at, text });
        tx.objectStore(DOCUMENTS).clear();
        tx.objectStore(META).clear();
      });
    },
  };
}

function revisionOf(stored: unknown): number | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const r = (stored as { revision?: unknown }).revision;
  return typeof r === 'number' ? r : undefined;
}
