// Autosave: loads the workspace from IndexedDB at start, then writes each changed document ~300 ms after its
// last change (only that document, and of it only the header and the parts that changed: persistence-records.ts),
// and the meta record (open document, selected part) likewise.
// Faults never stop the editor: unreadable data is kept as a backup and the app starts fresh; a full disk
// shows a warning while everything keeps working in memory. Two tabs: see workspace-sync.ts.

import type { AnswerFile } from '../model/types.ts';
import { afterPaint } from '../lib/after-paint.ts';
import type { WorkspaceStorage, WriteResult } from '../lib/storage.ts';
import { startStorage, type StartRead } from './storage-open.ts';
import { backupText, decodeWorkspace, FORMAT_VERSION, loadDocumentCheck, readStoredDocument, type StoredMeta } from './persistence-format.ts';
import { documentWrite, partsById, type StoredDocument, type StoredLayout } from './persistence-records.ts';
import { DOCUMENT_PART, useEditor } from './editor-store.ts';
import { EMPTY_HISTORY } from './history.ts';
import {
  addSlot,
  allSlotIds,
  dropSlot,
  entryFor,
  keptSelection,
  sessionOf,
  setWorkspaceSink,
  slotOf,
  updateEntry,
  useWorkspace,
} from './workspace.ts';
import { startSync, announce } from './workspace-sync.ts';
import { checkAfterFirstScreen, splitBootCheck } from './stored-check.ts';
import { checkInSlices } from './diagnostics.ts';
import { useView } from './view-store.ts';
import { openSharedFromLocation } from './workspace-share.ts';

export const SAVE_DELAY_MS = 300;

let storage: WorkspaceStorage | null = null;
/** Pending saves by document id: each entry cancels its timer. */
const timers = new Map<string, () => void>();
let metaTimer: ReturnType<typeof setTimeout> | null = null;
/** Writes run one at a time, in order. */
let queue: Promise<unknown> = Promise.resolve();
let booting: Promise<void> | null = null;
/** The part ids of each document's stored copy (valid while `doc` is the slot's savedDoc). */
const storedLayouts = new Map<string, { readonly doc: AnswerFile; readonly layout: StoredLayout }>();

/** A save writing more new parts than this writes them first, this many per transaction, then the header. */
export const PARTS_PER_WRITE = 50;

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

export function storageOrNull(): WorkspaceStorage | null {
  return storage;
}

/** Whether document `id` has edits not yet written (its save is pending or it differs from the stored copy). */
export function hasLocalEdits(id: string): boolean {
  const slot = slotOf(id);
  const session = sessionOf(id);
  return timers.has(id) || (!!slot && !!session && session.doc !== slot.savedDoc);
}

function refreshSaveState(): void {
  const ws = useWorkspace.getState();
  if (ws.saveState === 'memory' || ws.saveState === 'full' || ws.saveState === 'failed') return;
  const next = ws.conflict ? 'conflict' : timers.size > 0 || metaTimer ? 'pending' : 'saved';
  if (next !== ws.saveState) useWorkspace.setState({ saveState: next });
}

function noteWrite(r: WriteResult): void {
  if (r.ok) {
    if (useWorkspace.getState().saveState === 'full' || useWorkspace.getState().saveState === 'failed') useWorkspace.setState({ saveState: 'saved' });
  } else if (r.reason === 'quota') useWorkspace.setState({ saveState: 'full' });
  else if (r.reason === 'failed') useWorkspace.setState({ saveState: 'failed' });
  refreshSaveState();
}

/** Schedules writing document `id`: `delay` ms from now, or (`'after-paint'`) in a task after the next frame. */
export function scheduleSave(id: string, delay: number | 'after-paint' = SAVE_DELAY_MS): void {
  if (!storage) return;
  timers.get(id)?.();
  const run = () => {
    timers.delete(id);
    void enqueue(() => saveNow(id));
  };
  if (delay === 'after-paint') timers.set(id, afterPaint(run));
  else {
    const t = setTimeout(run, delay);
    timers.set(id, () => clearTimeout(t));
  }
  refreshSaveState();
}

/** The part ids of document `id`'s stored copy, when they belong to the copy the slot holds as saved. */
function savedLayout(id: string): StoredLayout | undefined {
  const slot = slotOf(id);
  const known = storedLayouts.get(id);
  return slot?.savedDoc && known?.doc === slot.savedDoc ? known.layout : undefined;
}

/** Records that document `rec.id`'s stored copy is `rec` (read or written): later saves write only what differs. */
export function markStored(rec: Pick<StoredDocument, 'id' | 'doc' | 'revision' | 'layout'>): void {
  const slot = slotOf(rec.id);
  if (!slot) return;
  slot.savedDoc = rec.doc;
  slot.revision = rec.revision;
  storedLayouts.set(rec.id, { doc: rec.doc, layout: rec.layout });
}

/** Reads document `id`'s stored copy; parts this tab already holds by part id are taken from memory. */
export async function readStored(id: string): Promise<StoredDocument | null | 'unreadable'> {
  const s = storage;
  if (!s) return 'unreadable';
  const layout = savedLayout(id);
  const known = layout ? partsById(layout) : new Map<string, never>();
  try {
    const raw = await s.readDocument(id, new Set(known.keys()));
    if (raw === undefined) return null;
    return readStoredDocument(raw.header, (partId) => raw.parts.get(partId) ?? known.get(partId), await loadDocumentCheck()) ?? 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function stampOf(revision: number): string {
  return `${revision}.${(globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)).slice(0, 8)}`;
}

/**
 * Writes document `id` now if it changed, over the revision this tab has: the parts not stored yet, then the
 * header (with the revision check). Many new parts (an import, a first save) are written ahead in slices of
 * PARTS_PER_WRITE, one transaction each, so no single task clones the whole document; the stored copy stays the
 * previous header's until the header is written, and slices of a save that fails are removed again.
 */
export async function saveNow(id: string): Promise<void> {
  const slot = slotOf(id);
  const session = sessionOf(id);
  const s = storage;
  if (!s || !slot || !session) return refreshSaveState();
  if (useWorkspace.getState().conflict?.id === id || session.doc === slot.savedDoc) return refreshSaveState();
  const doc = session.doc;
  const now = Date.now();
  const base = slot.revision;
  const revision = base + 1;
  const w = documentWrite(id, doc, { createdAt: slot.entry.createdAt, updatedAt: now }, revision, savedLayout(id), stampOf(revision));
  const ahead = w.parts.length > PARTS_PER_WRITE ? w.parts.slice(0, w.parts.length - PARTS_PER_WRITE) : [];
  const staged: string[] = [];
  let r: WriteResult = { ok: true };
  for (let i = 0; i < ahead.length && r.ok; i += PARTS_PER_WRITE) {
    const slice = ahead.slice(i, i + PARTS_PER_WRITE);
    r = await s.putParts(id, slice);
    if (r.ok) staged.push(...slice.map(([partId]) => partId));
  }
  if (r.ok) r = await s.putDocument(id, w.header, w.parts.slice(ahead.length), w.removed, base);
  if (r.ok) {
    markStored({ id, doc, revision, layout: w.layout });
    updateEntry(id, { name: w.header.name, owner: w.header.owner, updatedAt: now });
    announce({ type: 'saved', id, revision });
  } else {
    if (staged.length > 0) await s.deleteParts(id, staged);
    if (r.reason === 'conflict') useWorkspace.setState({ conflict: { id, deleted: r.storedRevision === undefined } });
  }
  noteWrite(r);
}

export function scheduleMeta(): void {
  if (!storage) return;
  if (metaTimer) clearTimeout(metaTimer);
  metaTimer = setTimeout(() => {
    metaTimer = null;
    void enqueue(saveMeta);
  }, SAVE_DELAY_MS);
  refreshSaveState();
}

async function saveMeta(): Promise<void> {
  if (!storage) return;
  const meta: StoredMeta = { formatVersion: FORMAT_VERSION, currentId: useWorkspace.getState().currentId, selection: useEditor.getState().selection };
  noteWrite(await storage.putMeta(meta));
}

/** Writes everything pending now (before the page goes away, and in tests). */
export function flushSaves(): Promise<void> {
  const ids = [...timers.keys()];
  for (const id of ids) timers.get(id)!();
  timers.clear();
  const jobs: Promise<unknown>[] = ids.map((id) => enqueue(() => saveNow(id)));
  if (metaTimer) {
    clearTimeout(metaTimer);
    metaTimer = null;
    jobs.push(enqueue(saveMeta));
  }
  return Promise.all(jobs).then(() => refreshSaveState());
}

function removeStored(id: string): void {
  timers.get(id)?.();
  timers.delete(id);
  const s = storage;
  if (!s) return;
  void enqueue(async () => {
    const r = await s.deleteDocument(id);
    if (r.ok) announce({ type: 'deleted', id });
    noteWrite(r);
  });
  scheduleMeta();
}

/** Loads the workspace and starts autosaving. Safe to call more than once. */
export function bootWorkspace(): Promise<void> {
  booting ??= boot();
  return booting;
}

async function boot(): Promise<void> {
  const opened = await startStorage();
  let notice = useWorkspace.getState().notice;
  if (!opened.ok) {
    notice = { kind: 'unavailable', message: `Your work cannot be saved in this browser (${opened.message}). Download it to keep it.` };
    adoptOpenDocument();
    useWorkspace.setState({ notice, saveState: 'memory' });
  } else {
    storage = opened.storage;
    notice = (await loadStored(opened.storage, opened.read)) ?? notice;
    useWorkspace.setState({ notice });
  }
  // A new or replaced document (an import, a duplicate) is written in a task after the frame that shows it: its
  // first save (planning a record per part, the first puts) otherwise could run first and delay that frame.
  setWorkspaceSink({ changed: (id) => scheduleSave(id, 'after-paint'), removed: removeStored, metaChanged: scheduleMeta });
  useEditor.subscribe((s, prev) => {
    const id = useWorkspace.getState().currentId;
    if (s.doc !== prev.doc) {
      const slot = slotOf(id);
      if (slot && s.doc !== slot.savedDoc) scheduleSave(id);
    }
    if (s.selection !== prev.selection) scheduleMeta();
  });
  startSync();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => void flushSaves());
    // A share link pasted into this tab's address bar changes only the fragment: no reload happens.
    window.addEventListener('hashchange', () => void openSharedFromLocation());
  }
  useWorkspace.setState({ ready: true });
  void openSharedFromLocation();
}

/** Checks the stored workspace as read at start; returns a notice when something could not be read. */
async function loadStored(s: WorkspaceStorage, read: StartRead) {
  const now = Date.now();
  if (!read.ok) {
    adoptOpenDocument();
    useWorkspace.setState({ saveState: 'memory' });
    storage = null;
    return { kind: 'unavailable' as const, message: `Saved documents could not be read (${String(read.error)}). Your work is not being saved.` };
  }
  const stored = read.raw;
  const raw = { meta: stored.meta, documents: stored.documents, parts: stored.parts };
  // A first visit has nothing to check: the serializer is then not loaded before the first screen. Large
  // documents are checked after it (stored-check.ts).
  const check = splitBootCheck(raw.documents.length > 0 ? await loadDocumentCheck() : () => true);
  const decoded = decodeWorkspace(raw, { serializes: check.serializes });
  if (!decoded.ok) {
    const text = backupText(decoded.reason, raw, now);
    const r = await s.backupAndClear(text, now);
    if (!r.ok) storage = null; // never write over data we could not keep a backup of
    adoptOpenDocument();
    if (!storage) useWorkspace.setState({ saveState: 'memory' });
    return backupNotice(`Your saved documents could not be opened: ${decoded.reason}. CAF Studio started with a new document and kept the old data as a backup.`, text, now);
  }
  const unreadable = { documents: decoded.unreadable, parts: decoded.unreadableParts };
  const text = decoded.unreadable.length > 0 ? backupText(`${decoded.unreadable.length} document record(s) could not be read`, unreadable, now) : '';
  // Keep the unreadable records as a backup, then drop them so they are not reported again on every start.
  const keptBackup = !text || (await s.putBackup(text, now)).ok;
  if (decoded.rewrite) {
    // Migrated: the readable documents are stored in the current format, in one transaction. Until that is
    // written (and when the old data could not be backed up) nothing is saved over the old format's data.
    if (!keptBackup || !(await s.replaceAll(decoded.meta, decoded.rewrite.documents, decoded.rewrite.parts)).ok) {
      storage = null;
      useWorkspace.setState({ saveState: 'memory' });
    }
  } else {
    if (keptBackup) {
      for (const bad of decoded.unreadable) {
        const key = stored.keys[stored.documents.indexOf(bad)];
        if (key !== undefined) await s.deleteDocument(key);
      }
    }
    // Parts left by a save that was cut short (the tab closed in the middle).
    for (const o of decoded.orphans) await s.deleteParts(o.id, o.partIds);
  }
  for (const rec of decoded.documents) addStoredSlot(rec);
  const current = decoded.meta.currentId ? slotOf(decoded.meta.currentId) : undefined;
  if (current?.parked) {
    const doc: AnswerFile = current.parked.doc;
    const selection = keptSelection(doc, decoded.meta.selection ?? DOCUMENT_PART);
    current.parked = undefined;
    useWorkspace.setState({ currentId: current.entry.id });
    useEditor.getState().load({ doc, selection, history: EMPTY_HISTORY });
  } else {
    adoptOpenDocument();
  }
  checkLargeDocuments(check.deferred, new Map(decoded.documents.map((rec) => [rec.doc, rec.id])));
  if (decoded.unreadable.length === 0) return null;
  const n = decoded.unreadable.length;
  return backupNotice(
    `${n} saved document${n === 1 ? '' : 's'} could not be opened and ${n === 1 ? 'was' : 'were'} kept as a backup; the others are back.`,
    text,
    now,
  );
}

/**
 * Checks the large saved documents after the first screen, the open one first (`idOf`: each one's document id,
 * as read). The open document is validated once all have passed: until then the diagnostics say "checking", so
 * that a document opened meanwhile is not validated before its check either. One that fails is closed and kept
 * as a backup.
 */
function checkLargeDocuments(deferred: readonly AnswerFile[], idOf: ReadonlyMap<AnswerFile, string>): void {
  if (deferred.length === 0) return;
  const open = useEditor.getState().doc;
  const ordered = [...deferred].sort((a, b) => Number(b === open) - Number(a === open));
  const check = checkAfterFirstScreen(ordered, (doc, error) => closeUnusable(idOf.get(doc), doc, error));
  void checkInSlices(open, useView.getState().strict, check.done.then(() => check.usable.get(open) ?? true));
}

/**
 * Closes saved document `id`, whose stored copy `doc` does not serialize, keeping that copy (and any edits made
 * since) as a backup. By id, not by its saved object: an edit saved meanwhile replaces that.
 */
async function closeUnusable(id: string | undefined, doc: AnswerFile, error: unknown): Promise<void> {
  if (id === undefined || !slotOf(id)) return;
  const now = Date.now();
  const edited = sessionOf(id)?.doc;
  const reason = `a saved document could not be written as XML (${error instanceof Error ? error.message : String(error)})`;
  const text = backupText(reason, { document: doc, edited: edited !== doc ? edited : undefined }, now);
  const s = storage;
  const kept = !!s && (await s.putBackup(text, now)).ok;
  dropSlot(id);
  // Never delete what could not be kept as a backup: the next start finds it again.
  if (kept) removeStored(id);
  const name = doc.name ? `“${doc.name}”` : 'A saved document';
  useWorkspace.setState({
    notice: backupNotice(`${name} could not be opened: ${reason}. It was closed and kept as a backup; download it to keep it.`, text, now),
  });
}

/** Adds a document read from storage to the list, parked. */
export function addStoredSlot(rec: StoredDocument): void {
  addSlot({
    entry: entryFor(rec.id, rec.doc, rec.createdAt, rec.updatedAt),
    savedDoc: rec.doc,
    revision: rec.revision,
    parked: { doc: rec.doc, selection: DOCUMENT_PART, history: EMPTY_HISTORY },
  });
  markStored(rec);
}

function backupNotice(message: string, text: string, now: number) {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return { kind: 'backup' as const, message, text, fileName: `caf-studio-backup-${stamp}.json` };
}

/** Makes the document the editor opened with the first entry of the list (a fresh start). */
function adoptOpenDocument(): void {
  if (allSlotIds().length > 0) return;
  const { doc } = useEditor.getState();
  const now = Date.now();
  const id = `${now.toString(36)}-${globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;
  addSlot({ entry: entryFor(id, doc, now, now), savedDoc: null, revision: 0 });
  useWorkspace.setState({ currentId: id });
  if (storage) void enqueue(() => saveNow(id)).then(() => enqueue(saveMeta));
}
