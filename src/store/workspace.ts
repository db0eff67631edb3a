// The documents of this browser: the list (name, owner, last change), which one is open, and each one's own
// editing session. The open document lives in the editor store; the others are parked here with their undo
// history for as long as the page lives. This module knows nothing of storage: saved work (saved/start.ts)
// registers a sink that hears of every change to the list, and keeps the saved copies itself (saved/copies.ts).

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import { EMPTY_HISTORY, record } from './history.ts';
import { DOCUMENT_PART, newFoundingDocument, useEditor, type EditorSession } from './editor-store.ts';
import { partExists } from '../model/refs.ts';

export interface DocEntry {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One document of the list. Replaced, never changed in place, and only here. */
export interface Slot {
  readonly entry: DocEntry;
  /** The editing session of a document that is not open (undefined for the open one: it is in the editor store). */
  readonly parked?: EditorSession;
}

export type Notice =
  | { readonly kind: 'backup'; readonly message: string; readonly fileName: string; readonly text: string }
  | { readonly kind: 'unavailable'; readonly message: string };

export interface Toast {
  readonly serial: number;
  readonly message: string;
  readonly undo?: { readonly label: string; readonly run: () => void };
}

export type SaveState = 'saved' | 'pending' | 'full' | 'failed' | 'conflict' | 'memory';

interface WorkspaceState {
  readonly ready: boolean;
  readonly entries: readonly DocEntry[];
  readonly currentId: string;
  readonly notice: Notice | null;
  readonly saveState: SaveState;
  /** Another tab changed (or deleted) a document this tab has unsaved edits in. */
  readonly conflict: { readonly id: string; readonly deleted: boolean } | null;
  readonly toast: Toast | null;
}

/** What saved work does when the list changes. */
export interface WorkspaceSink {
  changed(id: string): void;
  removed(id: string): void;
  metaChanged(): void;
}

const slots = new Map<string, Slot>();
let sink: WorkspaceSink = { changed: () => {}, removed: () => {}, metaChanged: () => {} };

export const useWorkspace = create<WorkspaceState>()(() => ({
  ready: false,
  entries: [],
  currentId: '',
  notice: null,
  saveState: 'saved',
  conflict: null,
  toast: null,
}));

export function setWorkspaceSink(next: WorkspaceSink): void {
  sink = next;
}

export function slotOf(id: string): Slot | undefined {
  return slots.get(id);
}

export function allSlotIds(): string[] {
  return [...slots.keys()];
}

/** The editing session of document `id`, whether open or parked. */
export function sessionOf(id: string): EditorSession | undefined {
  if (id === useWorkspace.getState().currentId) {
    const { doc, selection, history } = useEditor.getState();
    return { doc, selection, history };
  }
  return slots.get(id)?.parked;
}

/** Replaces the session of document `id` (open or parked). */
export function setSession(id: string, session: EditorSession): void {
  if (id === useWorkspace.getState().currentId) useEditor.getState().load(session);
  else {
    const slot = slots.get(id);
    if (slot) slots.set(id, { ...slot, parked: session });
  }
}

function publishEntries(): void {
  useWorkspace.setState({ entries: [...slots.values()].map((s) => s.entry).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)) });
}

export function updateEntry(id: string, patch: Partial<DocEntry>): void {
  const slot = slots.get(id);
  if (!slot) return;
  slots.set(id, { ...slot, entry: { ...slot.entry, ...patch } });
  publishEntries();
}

/** Adds a document to the list without opening it (loading, or one another tab created). */
export function addSlot(slot: Slot): void {
  slots.set(slot.entry.id, slot);
  publishEntries();
}

/**
 * Removes a document from the list; an open one is replaced by its neighbour (or a fresh one). Returns it with
 * its session parked, so that it can be added back as it was.
 */
export function dropSlot(id: string): Slot | undefined {
  const slot = slots.get(id);
  if (!slot) return undefined;
  const ws = useWorkspace.getState();
  const dropped: Slot = ws.currentId === id ? { ...slot, parked: sessionOf(id) } : slot;
  if (ws.currentId === id) {
    const rest = ws.entries.filter((e) => e.id !== id);
    const index = ws.entries.findIndex((e) => e.id === id);
    const next = rest[Math.min(index, rest.length - 1)];
    slots.set(id, dropped);
    if (next) switchDocument(next.id);
    else createDocument(newFoundingDocument(), { silent: true });
  }
  slots.delete(id);
  publishEntries();
  return dropped;
}

/** Opens document `id`; the current one is parked with its selection and history. */
export function switchDocument(id: string): void {
  const { currentId } = useWorkspace.getState();
  const target = slots.get(id);
  if (id === currentId || !target?.parked) return;
  const leaving = slots.get(currentId);
  if (leaving) slots.set(currentId, { ...leaving, parked: sessionOf(currentId) });
  const session = target.parked;
  slots.set(id, { entry: target.entry });
  useEditor.getState().sealHistory();
  // currentId first: the editor-store subscriber attributes the change to the document now open.
  useWorkspace.setState({ currentId: id });
  useEditor.getState().load(session);
  sink.metaChanged();
}

/**
 * Opens stored document `id` at start, in place of the document the editor started with, selecting `selection`
 * where it still exists. False when there is no such document.
 */
export function openAtStart(id: string, selection: PartRef): boolean {
  const slot = slots.get(id);
  if (!slot?.parked) return false;
  const { doc, history } = slot.parked;
  slots.set(id, { entry: slot.entry });
  useWorkspace.setState({ currentId: id });
  useEditor.getState().load({ doc, selection: keptSelection(doc, selection), history });
  return true;
}

let idCounter = 0;
/** A new document id: unique in this browser (time, then random). */
export function newDocumentId(now: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${++idCounter}`;
  return `${now.toString(36)}-${random}`;
}

/** Adds `doc` as a new document and opens it. */
export function createDocument(doc: AnswerFile, options: { readonly silent?: boolean; readonly selection?: PartRef } = {}): string {
  const now = Date.now();
  const id = newDocumentId(now);
  const session: EditorSession = { doc, selection: options.selection ?? DOCUMENT_PART, history: EMPTY_HISTORY };
  addSlot({ entry: entryFor(id, doc, now, now), parked: session });
  switchDocument(id);
  sink.changed(id);
  return id;
}

export function entryFor(id: string, doc: AnswerFile, createdAt: number, updatedAt: number): DocEntry {
  return { id, name: doc.name ?? '', owner: doc.owner ?? '', createdAt, updatedAt };
}

/** Removes document `id` from the list for good (its saved copy goes too); returns it, to be restored. */
export function removeDocument(id: string): Slot | undefined {
  const slot = dropSlot(id);
  if (slot) sink.removed(id);
  return slot;
}

/** Puts a removed document back and opens it (its saved copy is written afresh); false when it is listed. */
export function restoreDocument(slot: Slot): boolean {
  const id = slot.entry.id;
  if (slots.has(id) || !slot.parked) return false;
  addSlot(slot);
  switchDocument(id);
  sink.changed(id);
  return true;
}

/** Replaces a document that is not open with `doc`, as one undo step of that document labelled `label`. */
export function editParked(id: string, doc: AnswerFile, label: string): void {
  const session = slots.get(id)?.parked;
  if (!session || doc === session.doc) return;
  setSession(id, { ...session, doc, history: record(session.history, { doc: session.doc, selection: session.selection, label }) });
  updateEntry(id, { name: doc.name ?? '', owner: doc.owner ?? '' });
  sink.changed(id);
}

/** Keeps the selection when the part still exists in `doc`, else selects the document. */
export function keptSelection(doc: AnswerFile, selection: PartRef): PartRef {
  return partExists(doc, selection) ? selection : DOCUMENT_PART;
}
