// IndexedDB access for the workspace: read everything, write one document only over the revision this tab
// loaded (compare-and-swap in one transaction), delete, and keep backups. Every outcome is a value; nothing
// here throws into the caller. The record shapes are the store's business (src/store/saved/records.ts);
// this file knows only that a document is a header record (store `documents`, key = document id) whose
// `parts` field lists the ids of its part records (store `parts`, key = [document id, part id]) as one string
// (joinPartIds: a string clones far faster than an array of thousands of strings, on every save).

export const DB_NAME = 'caf-studio';
/**
 * 1: `documents` held whole documents. 2: adds `parts` (the data itself is migrated by the store at boot).
 * 3: adds `baselines` (the text each document was opened from or last downloaded as) and `histories` (each
 * document's undo history); nothing to migrate.
 */
const DB_VERSION = 3;
export const DOCUMENTS = 'documents';
export const PARTS = 'parts';
export const META = 'meta';
export const BACKUPS = 'backups';
export const BASELINES = 'baselines';
export const HISTORIES = 'histories';
export const META_KEY = 'workspace';

export type WriteResult =
  | { readonly ok: true }
  /** The stored revision is not the one expected: another tab wrote (or deleted) the document. */
  | { readonly ok: false; readonly reason: 'conflict'; readonly storedRevision: number | undefined }
  | { readonly ok: false; readonly reason: 'quota' | 'failed'; readonly message: string };

/** A record with its key. */
export interface KeyedRecord {
  readonly key: IDBValidKey;
  readonly value: unknown;
}

export interface StoredRaw {
  readonly meta: unknown;
  readonly documents: readonly unknown[];
  /** The record keys, in the order of `documents`. */
  readonly keys: readonly IDBValidKey[];
  /** Every part record (key = [document id, part id]). */
  readonly parts: readonly KeyedRecord[];
  /** The keys of the baseline and undo history records (the records themselves are read one by one, when needed). */
  readonly baselines: readonly IDBValidKey[];
  readonly histories: readonly IDBValidKey[];
}

/** A document header and the part records read with it (by part id). */
export interface StoredDocumentRaw {
  readonly header: unknown;
  readonly parts: ReadonlyMap<string, unknown>;
}

/** What a header must hold for storage: its revision and the ids of its part records (joinPartIds). */
export interface HeaderRecord {
  readonly revision: number;
  readonly parts: string;
}

/** A header's `parts` field: part ids (which never contain a space) separated by spaces. */
export function joinPartIds(ids: readonly string[]): string {
  return ids.join(' ');
}

export function splitPartIds(parts: string): string[] {
  return parts === '' ? [] : parts.split(' ');
}

export interface WorkspaceStorage {
  readAll(): Promise<StoredRaw>;
  /** Reads document `id`'s header and, in the same transaction, its parts except those in `known`. */
  readDocument(id: string, known?: ReadonlySet<string>): Promise<StoredDocumentRaw | undefined>;
  /**
   * Writes `header` under `id` with the part records `parts` (part id, record) if the stored revision is
   * `expected` (0 = no record yet; `null` writes regardless), in one transaction, and deletes the parts `removed`
   * (`null`: every part of the stored header that `header` does not list, worked out here).
   */
  putDocument(
    id: string,
    header: HeaderRecord,
    parts: readonly (readonly [string, unknown])[],
    removed: readonly string[] | null,
    expected: number | null,
  ): Promise<WriteResult>;
  /** Writes part records ahead of the header that will list them (a large save, in several transactions). */
  putParts(id: string, parts: readonly (readonly [string, unknown])[]): Promise<WriteResult>;
  deleteParts(id: string, partIds: readonly string[]): Promise<WriteResult>;
  /** Deletes the header under `id` and every part record of that document. */
  deleteDocument(id: IDBValidKey): Promise<WriteResult>;
  putMeta(meta: unknown): Promise<WriteResult>;
  /** Replaces the meta record with `update(stored)`, read and written in one transaction (another tab's write is not lost). */
  updateMeta(update: (stored: unknown) => unknown): Promise<WriteResult>;
  /** Replaces every document and part record and the meta record, in one transaction (after a migration). */
  replaceAll(meta: unknown, documents: readonly KeyedRecord[], parts: readonly KeyedRecord[]): Promise<WriteResult>;
  /** Keeps `text` as a backup, then removes every document and the meta record (starting fresh). */
  backupAndClear(text: string, at: number): Promise<WriteResult>;
  putBackup(text: string, at: number): Promise<WriteResult>;
  /** The baseline record of document `id` (undefined when there is none, or it cannot be read). */
  readBaseline(id: string): Promise<unknown>;
  /** Writes (or, with undefined, deletes) document `id`'s baseline record. */
  putBaseline(id: string, record: unknown): Promise<WriteResult>;
  /** The undo history record of document `id` (undefined when there is none, or it cannot be read). */
  readHistory(id: string): Promise<unknown>;
  /** Writes (or, with undefined, deletes) document `id`'s undo history record. */
  putHistory(id: string, record: unknown): Promise<WriteResult>;
  /** Deletes the baseline and history records of documents not in `keep` (documents deleted in an earlier session). */
  sweepBaselines(keep: ReadonlySet<string>): Promise<WriteResult>;
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
      for (const name of [DOCUMENTS, META, PARTS, BASELINES, HISTORIES]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
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

/** The key range of every part record of document `id`. */
function partsOfDocument(id: IDBValidKey): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

/** Above this many missing parts, a document's parts are read by pages (getAll) instead of one get each. */
const GET_ALL_FROM = 64;
/**
 * Part records read per request: each page is deserialized in its own task, so reading a 20 MB document is
 * many short tasks instead of one long one.
 */
export const READ_PAGE = 500;

/** Every record of `store` in `range` (or all), with its key, read READ_PAGE at a time. */
async function readPaged(store: IDBObjectStore, range?: IDBKeyRange): Promise<KeyedRecord[]> {
  const out: KeyedRecord[] = [];
  let page: IDBKeyRange | undefined = range;
  for (;;) {
    const [values, keys] = await Promise.all([request(store.getAll(page, READ_PAGE)), request(store.getAllKeys(page, READ_PAGE))]);
    keys.forEach((key, i) => out.push({ key, value: values[i] }));
    const last = keys[keys.length - 1];
    if (keys.length < READ_PAGE || last === undefined) return out;
    page = range ? IDBKeyRange.bound(last, range.upper, true, range.upperOpen) : IDBKeyRange.lowerBound(last, true);
  }
}

function storageOf(db: IDBDatabase): WorkspaceStorage {
  return {
    async readAll() {
      const tx = db.transaction([DOCUMENTS, META, PARTS, BASELINES, HISTORIES], 'readonly');
      const [meta, documents, keys, parts, baselines, histories] = await Promise.all([
        request(tx.objectStore(META).get(META_KEY)),
        request(tx.objectStore(DOCUMENTS).getAll()),
        request(tx.objectStore(DOCUMENTS).getAllKeys()),
        readPaged(tx.objectStore(PARTS)),
        request(tx.objectStore(BASELINES).getAllKeys()),
        request(tx.objectStore(HISTORIES).getAllKeys()),
      ]);
      return { meta, documents, keys, parts, baselines, histories };
    },

    async readDocument(id, known = new Set()) {
      const tx = db.transaction([DOCUMENTS, PARTS], 'readonly');
      const header: unknown = await request(tx.objectStore(DOCUMENTS).get(id));
      if (header === undefined) return undefined;
      const missing = partIdsOf(header).filter((p) => !known.has(p));
      const store = tx.objectStore(PARTS);
      const parts = new Map<string, unknown>();
      if (missing.length > GET_ALL_FROM) {
        for (const { key, value } of await readPaged(store, partsOfDocument(id))) {
          const partId = (key as IDBValidKey[])[1];
          if (typeof partId === 'string') parts.set(partId, value);
        }
      } else {
        const values = await Promise.all(missing.map((p) => request(store.get([id, p]))));
        missing.forEach((p, i) => {
          if (values[i] !== undefined) parts.set(p, values[i]);
        });
      }
      return { header, parts };
    },

    putDocument(id, header, parts, removed, expected) {
      return write(db, [DOCUMENTS, PARTS], async (tx) => {
        const headers = tx.objectStore(DOCUMENTS);
        const stored: unknown = await request(headers.get(id));
        if (expected !== null) {
          const rev = revisionOf(stored);
          if ((rev ?? 0) !== expected) return { ok: false, reason: 'conflict', storedRevision: rev };
        }
        const store = tx.objectStore(PARTS);
        for (const [partId, record] of parts) store.put(record, [id, partId]);
        headers.put(header, id);
        if (removed) for (const old of removed) store.delete([id, old]);
        else {
          const kept = new Set(splitPartIds(header.parts));
          for (const old of partIdsOf(stored)) if (!kept.has(old)) store.delete([id, old]);
        }
      });
    },

    putParts(id, parts) {
      return write(db, [PARTS], (tx) => {
        const store = tx.objectStore(PARTS);
        for (const [partId, record] of parts) store.put(record, [id, partId]);
      });
    },

    deleteParts(id, partIds) {
      return write(db, [PARTS], (tx) => {
        const store = tx.objectStore(PARTS);
        for (const p of partIds) store.delete([id, p]);
      });
    },

    deleteDocument(id) {
      return write(db, [DOCUMENTS, PARTS], (tx) => {
        tx.objectStore(DOCUMENTS).delete(id);
        tx.objectStore(PARTS).delete(partsOfDocument(id));
      });
    },

    putMeta(meta) {
      return write(db, [META], (tx) => {
        tx.objectStore(META).put(meta, META_KEY);
      });
    },

    updateMeta(update) {
      return write(db, [META], async (tx) => {
        const store = tx.objectStore(META);
        store.put(update(await request(store.get(META_KEY))), META_KEY);
      });
    },

    replaceAll(meta, documents, parts) {
      return write(db, [DOCUMENTS, PARTS, META], (tx) => {
        const headers = tx.objectStore(DOCUMENTS);
        const partStore = tx.objectStore(PARTS);
        headers.clear();
        partStore.clear();
        for (const d of documents) headers.put(d.value, d.key);
        for (const p of parts) partStore.put(p.value, p.key);
        tx.objectStore(META).put(meta, META_KEY);
      });
    },

    putBackup(text, at) {
      return write(db, [BACKUPS], (tx) => {
        tx.objectStore(BACKUPS).add({ at, text });
      });
    },

    backupAndClear(text, at) {
      return write(db, [BACKUPS, DOCUMENTS, PARTS, META, BASELINES, HISTORIES], (tx) => {
        tx.objectStore(BACKUPS).add({ at, text });
        tx.objectStore(DOCUMENTS).clear();
        tx.objectStore(PARTS).clear();
        tx.objectStore(META).clear();
        tx.objectStore(BASELINES).clear();
        tx.objectStore(HISTORIES).clear();
      });
    },

    readBaseline: (id) => readOne(db, BASELINES, id),
    putBaseline: (id, record) => putOne(db, BASELINES, id, record),
    readHistory: (id) => readOne(db, HISTORIES, id),
    putHistory: (id, record) => putOne(db, HISTORIES, id, record),

    sweepBaselines(keep) {
      return write(db, [BASELINES, HISTORIES], async (tx) => {
        for (const name of [BASELINES, HISTORIES]) {
          const store = tx.objectStore(name);
          const keys = await request(store.getAllKeys());
          for (const k of keys) if (typeof k !== 'string' || !keep.has(k)) store.delete(k);
        }
      });
    },
  };
}

/** The record `id` of a store keyed by document id; undefined when there is none or it cannot be read. */
async function readOne(db: IDBDatabase, store: string, id: string): Promise<unknown> {
  try {
    return await request(db.transaction([store], 'readonly').objectStore(store).get(id));
  } catch {
    return undefined;
  }
}

/** Writes record `id` of a store keyed by document id, or deletes it (`record` undefined). */
function putOne(db: IDBDatabase, store: string, id: string, record: unknown): Promise<WriteResult> {
  return write(db, [store], (tx) => {
    if (record === undefined) tx.objectStore(store).delete(id);
    else tx.objectStore(store).put(record, id);
  });
}

function revisionOf(stored: unknown): number | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const r = (stored as { revision?: unknown }).revision;
  return typeof r === 'number' ? r : undefined;
}

/** The part ids a stored header lists (none when it lists none or is not a header). */
function partIdsOf(stored: unknown): string[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const p = (stored as { parts?: unknown }).parts;
  return typeof p === 'string' ? splitPartIds(p) : [];
}
