// Autosave: writes each changed document ~300 ms after its last change (only that document, and of it only the
// header and the parts that changed: records.ts), and the meta record (open document, selected part) likewise.
// A full disk or a failed write shows in the save state while everything keeps working in memory; a write over
// a revision another tab wrote is refused by storage and becomes a conflict (tab-sync.ts).

import { afterPaint } from '../../lib/after-paint.ts';
import type { WriteResult } from '../../lib/storage.ts';
import { useEditor } from '../editor-store.ts';
import { allSlotIds, sessionOf, slotOf, updateEntry, useWorkspace } from '../workspace.ts';
import { simulations, useSimulations } from '../simulations.ts';
import { currentStorage, enqueue, forgetCopy, markStored, savedCopy } from './copies.ts';
import { FORMAT_VERSION, type StoredMeta } from './format.ts';
import { readSavedSims, type SavedSim, type SavedSims } from './saved-sims.ts';
import { useView } from '../view-store.ts';
import { documentWrite } from './records.ts';
import { announce } from './tab-channel.ts';

export const SAVE_DELAY_MS = 300;

/** A save writing more new parts than this writes them first, this many per transaction, then the header. */
export const PARTS_PER_WRITE = 50;

/** Pending saves by document id: each entry cancels its timer. */
const timers = new Map<string, () => void>();
/** Document saves queued or being written: until they are done nothing says "Saved". */
let writing = 0;

/** Queues writing document `id`, counted in `writing` until it is done (every document write goes through here). */
export function queueSave(id: string): Promise<void> {
  writing++;
  return enqueue(() => saveNow(id)).finally(() => {
    writing--;
    refreshSaveState();
  });
}
let metaTimer: ReturnType<typeof setTimeout> | null = null;

/** Whether document `id` has edits not yet written (its save is pending or it differs from the stored copy). */
export function hasLocalEdits(id: string): boolean {
  const session = sessionOf(id);
  return !!slotOf(id) && !!session && (timers.has(id) || session.doc !== savedCopy(id)?.doc);
}

function refreshSaveState(): void {
  const ws = useWorkspace.getState();
  if (ws.saveState === 'memory' || ws.saveState === 'full' || ws.saveState === 'failed') return;
  const next = ws.conflict ? 'conflict' : timers.size > 0 || writing > 0 || metaTimer ? 'pending' : 'saved';
  if (next !== ws.saveState) useWorkspace.setState({ saveState: next });
}

function noteWrite(r: WriteResult): void {
  const state = useWorkspace.getState().saveState;
  if (r.ok) {
    if (state === 'full' || state === 'failed') useWorkspace.setState({ saveState: 'saved' });
  } else if (r.reason === 'quota') useWorkspace.setState({ saveState: 'full' });
  else if (r.reason === 'failed') useWorkspace.setState({ saveState: 'failed' });
  refreshSaveState();
}

/** Schedules writing document `id`: `delay` ms from now, or (`'after-paint'`) in a task after the next frame. */
export function scheduleSave(id: string, delay: number | 'after-paint' = SAVE_DELAY_MS): void {
  if (!currentStorage()) return;
  timers.get(id)?.();
  const run = () => {
    timers.delete(id);
    void queueSave(id);
  };
  if (delay === 'after-paint') timers.set(id, afterPaint(run));
  else {
    const t = setTimeout(run, delay);
    timers.set(id, () => clearTimeout(t));
  }
  refreshSaveState();
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
  const s = currentStorage();
  const copy = savedCopy(id);
  if (!s || !slot || !session) return refreshSaveState();
  if (useWorkspace.getState().conflict?.id === id || session.doc === copy?.doc) return refreshSaveState();
  const doc = session.doc;
  const now = Date.now();
  const base = copy?.revision ?? 0;
  const revision = base + 1;
  const w = documentWrite(id, doc, { createdAt: slot.entry.createdAt, updatedAt: now }, revision, copy?.layout, stampOf(revision));
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
    // A document removed meanwhile stays forgotten: its delete is queued after this write.
    if (slotOf(id)) markStored({ id, doc, revision, layout: w.layout });
    updateEntry(id, { name: w.header.name, owner: w.header.owner, updatedAt: now });
    announce({ type: 'saved', id, revision });
  } else {
    if (staged.length > 0) await s.deleteParts(id, staged);
    if (r.reason === 'conflict') useWorkspace.setState({ conflict: { id, deleted: r.storedRevision === undefined } });
  }
  noteWrite(r);
}

export function scheduleMeta(): void {
  if (!currentStorage()) return;
  if (metaTimer) clearTimeout(metaTimer);
  metaTimer = setTimeout(() => {
    metaTimer = null;
    void enqueue(saveMeta);
  }, SAVE_DELAY_MS);
  refreshSaveState();
}

/**
 * The saved SIMs to store over `stored` (what the meta record holds now, maybe written by another tab): this tab's
 * for the documents it changed them in since its last write, the stored ones for every other document (another tab
 * may have saved or removed some). Those of documents deleted meanwhile are dropped by the next start's decode.
 */
function mergeSavedSims(stored: unknown, saved: SavedSims, touched: ReadonlySet<string>): SavedSims {
  const raw = typeof stored === 'object' && stored !== null ? (stored as { simulations?: unknown }).simulations : undefined;
  const ids = typeof raw === 'object' && raw !== null ? Object.keys(raw) : [];
  const merged: Record<string, readonly SavedSim[]> = { ...readSavedSims(raw, new Set(ids)) };
  for (const id of touched) if (allSlotIds().includes(id)) merged[id] = saved[id] ?? [];
  for (const id of Object.keys(merged)) if (merged[id]!.length === 0) delete merged[id];
  return merged;
}

export async function saveMeta(): Promise<void> {
  const s = currentStorage();
  if (!s) return;
  const { saved, touched } = useSimulations.getState();
  let written: SavedSims = {};
  const r = await s.updateMeta((stored) => {
    written = mergeSavedSims(stored, saved, touched);
    const meta: StoredMeta = {
      formatVersion: FORMAT_VERSION,
      currentId: useWorkspace.getState().currentId,
      selection: useEditor.getState().selection,
      ...(Object.keys(written).length > 0 ? { simulations: written } : {}),
      ...(useView.getState().strict ? { strict: true } : {}),
    };
    return meta;
  });
  if (r.ok) simulations.written(written, touched, saved);
  noteWrite(r);
}

/** Writes everything pending now (before the page goes away, and in tests). */
export function flushSaves(): Promise<void> {
  const ids = [...timers.keys()];
  for (const id of ids) timers.get(id)!();
  timers.clear();
  const jobs: Promise<unknown>[] = ids.map(queueSave);
  if (metaTimer) {
    clearTimeout(metaTimer);
    metaTimer = null;
    jobs.push(enqueue(saveMeta));
  }
  return Promise.all(jobs).then(() => refreshSaveState());
}

/** Deletes document `id`'s stored copy (the document left the list); other tabs are told. */
export function removeStored(id: string): void {
  timers.get(id)?.();
  timers.delete(id);
  forgetCopy(id);
  const s = currentStorage();
  if (!s) return;
  void enqueue(async () => {
    const r = await s.deleteDocument(id);
    if (r.ok) announce({ type: 'deleted', id });
    noteWrite(r);
  });
  scheduleMeta();
}
