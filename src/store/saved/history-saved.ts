// Saves each document's undo history (the last SAVED_STEPS steps each way) in its own record, a moment after it
// changes, and gives it back when the document is first shown after a reload, so that Ctrl+Z still works then.
// One record per document holds every step: the steps share their unchanged parts, and a structured clone keeps
// that sharing, so a record costs about the document plus what the steps changed. A large document
// (large-document.ts) keeps its history for the session only: writing it on every edit would cost too much.
// A history is given back only if it was saved with the very document that was loaded (else undoing would skip
// edits saved after it) and only while the user has not edited since the load.

import type { AnswerFile } from '../../model/types.ts';
import { isPartRef } from '../../model/refs.ts';
import type { History, HistoryEntry } from '../history.ts';
import { useEditor } from '../editor-store.ts';
import { isLargeDocument } from '../large-document.ts';
import { sessionOf, useWorkspace } from '../workspace.ts';
import { currentStorage, enqueue } from './copies.ts';
import { loadDocumentCheck } from './decode.ts';

/** Steps kept in storage each way (the page keeps HISTORY_LIMIT). */
export const SAVED_STEPS = 50;
/** Wait after the last step before writing (a burst of typing is one write). */
export const HISTORY_SAVE_DELAY_MS = 1000;
const FORMAT = 1;

interface HistoryRecord {
  readonly format: number;
  /** The document the history leads up to. */
  readonly present: AnswerFile;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();
/** Documents whose stored history has been looked for (until then, this tab writes none for them). */
const looked = new Set<string>();
/** The looks still under way. */
const looking = new Map<string, Promise<void>>();

function isDoc(v: unknown): v is AnswerFile {
  return typeof v === 'object' && v !== null && Array.isArray((v as AnswerFile).variants);
}

function entries(raw: unknown, serializes: (doc: AnswerFile) => boolean): HistoryEntry[] | undefined {
  if (!Array.isArray(raw) || raw.length > SAVED_STEPS) return undefined;
  const out: HistoryEntry[] = [];
  for (const e of raw as unknown[]) {
    if (typeof e !== 'object' || e === null) return undefined;
    const { doc, selection, label } = e as Partial<HistoryEntry>;
    if (!isDoc(doc) || !isPartRef(selection) || typeof label !== 'string' || !serializes(doc)) return undefined;
    out.push({ doc, selection, label });
  }
  return out;
}

/** The stored history of a record read back, when it is whole and was saved with `doc`; else undefined. */
export async function readHistory(raw: unknown, doc: AnswerFile): Promise<History | undefined> {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Partial<HistoryRecord>;
  if (r.format !== FORMAT || !isDoc(r.present) || !sameDocument(r.present, doc)) return undefined;
  const serializes = await loadDocumentCheck();
  const past = entries(r.past, serializes);
  const future = entries(r.future, serializes);
  return past && future ? { past, future } : undefined;
}

/** Whether two documents are the same data (keys included): the one saved with the history and the one loaded. */
function sameDocument(a: AnswerFile, b: AnswerFile): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function write(id: string): Promise<unknown> {
  const storage = currentStorage();
  const session = sessionOf(id);
  if (!storage || !session) return Promise.resolve();
  if (isLargeDocument(session.doc)) return storage.putHistory(id, undefined);
  const { past, future } = session.history;
  const record: HistoryRecord = {
    format: FORMAT,
    present: session.doc,
    past: past.slice(-SAVED_STEPS).map(({ doc, selection, label }) => ({ doc, selection, label })),
    future: future.slice(-SAVED_STEPS).map(({ doc, selection, label }) => ({ doc, selection, label })),
  };
  return storage.putHistory(id, record);
}

function schedule(id: string): void {
  if (!looked.has(id)) return;
  clearTimeout(timers.get(id));
  timers.set(
    id,
    setTimeout(() => {
      timers.delete(id);
      void enqueue(() => write(id));
    }, HISTORY_SAVE_DELAY_MS),
  );
}

/** Writes every pending history now (before the page goes away, and in tests), once the looks under way are done. */
export async function flushHistories(): Promise<unknown> {
  await Promise.all(looking.values());
  const ids = [...timers.keys()];
  for (const id of ids) clearTimeout(timers.get(id));
  timers.clear();
  return Promise.all(ids.map((id) => enqueue(() => write(id))));
}

/** Looks for document `id`'s stored history and gives it back if it fits (once per document and page). */
function restore(id: string): void {
  const storage = currentStorage();
  if (!storage || looked.has(id)) return;
  const doc = sessionOf(id)?.doc;
  if (!doc || looking.has(id)) return;
  const look = storage
    .readHistory(id)
    .then((raw) => readHistory(raw, doc))
    .then((history) => {
      const s = useEditor.getState();
      const untouched = s.history.past.length === 0 && s.history.future.length === 0 && s.doc === doc;
      if (history && untouched && useWorkspace.getState().currentId === id) useEditor.setState({ history });
    })
    .catch(() => undefined)
    .finally(() => {
      looked.add(id);
      looking.delete(id);
      // Steps taken while looking are written now.
      const h = sessionOf(id)?.history;
      if (h && (h.past.length > 0 || h.future.length > 0)) schedule(id);
    });
  looking.set(id, look);
}

/** Starts saving undo histories and giving them back. */
export function startHistories(): void {
  if (!currentStorage()) return;
  restore(useWorkspace.getState().currentId);
  useWorkspace.subscribe((s, prev) => {
    if (s.currentId !== prev.currentId) restore(s.currentId);
  });
  useEditor.subscribe((s, prev) => {
    if (s.history !== prev.history) schedule(useWorkspace.getState().currentId);
  });
}
