// The saved-work state, owned here and written nowhere else: the storage this tab writes to (null: work is kept
// in memory only), each document's saved copy (what storage holds of it, as this tab knows it) and the queue
// that runs writes one at a time, in order. Records are replaced, never changed in place.

import type { AnswerFile } from '../../model/types.ts';
import type { WorkspaceStorage } from '../../lib/storage.ts';
import { loadDocumentCheck, readStoredDocument } from './decode.ts';
import { partsById, type StoredDocument, type StoredLayout } from './records.ts';

/** What storage holds of one document, as this tab last wrote or read it. */
export interface SavedCopy {
  /** The document as stored; null when this tab's copy must be written whole (never stored, or "keep mine"). */
  readonly doc: AnswerFile | null;
  /** The stored revision this tab's copy is based on (0: never stored). */
  readonly revision: number;
  /** The part ids of the stored copy (undefined: not known, the next write writes every part). */
  readonly layout?: StoredLayout;
}

let storage: WorkspaceStorage | null = null;
const copies = new Map<string, SavedCopy>();
let queue: Promise<unknown> = Promise.resolve();

/** The storage writes go to, or null when the work is kept in memory only. */
export function currentStorage(): WorkspaceStorage | null {
  return storage;
}

export function setStorage(next: WorkspaceStorage | null): void {
  storage = next;
}

/** Document `id`'s saved copy (undefined: never stored by this tab's knowledge). */
export function savedCopy(id: string): SavedCopy | undefined {
  return copies.get(id);
}

/** Records that document `rec.id`'s stored copy is `rec` (read or written): later saves write only what differs. */
export function markStored(rec: Pick<StoredDocument, 'id' | 'doc' | 'revision' | 'layout'>): void {
  copies.set(rec.id, { doc: rec.doc, revision: rec.revision, layout: rec.layout });
}

/** This tab's copy of `id` is to be written whole over stored revision `revision` ("keep mine"). */
export function rebase(id: string, revision: number): void {
  copies.set(id, { doc: null, revision });
}

/** Forgets document `id`'s saved copy (it was deleted: a copy restored later is written afresh). */
export function forgetCopy(id: string): void {
  copies.delete(id);
}

/** Runs `job` after every write queued before it. */
export function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** Reads document `id`'s stored copy; parts this tab already holds by part id are taken from memory. */
export async function readStored(id: string): Promise<StoredDocument | null | 'unreadable'> {
  const s = storage;
  if (!s) return 'unreadable';
  const layout = copies.get(id)?.layout;
  const known = layout ? partsById(layout) : new Map<string, never>();
  try {
    const raw = await s.readDocument(id, new Set(known.keys()));
    if (raw === undefined) return null;
    return readStoredDocument(raw.header, (partId) => raw.parts.get(partId) ?? known.get(partId), await loadDocumentCheck()) ?? 'unreadable';
  } catch {
    return 'unreadable';
  }
}
