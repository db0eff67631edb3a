// The documents of this browser: the list (name, owner, last change), which one is open, and each one's own
// editing session. The open document lives in the editor store; the others are parked here with their undo
// history for as long as the page lives. Writing to storage is persistence.ts's job: it registers a sink.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import { setRootAttribute } from '../model/answer-file.ts';
import { EMPTY_HISTORY, record } from './history.ts';
import { DOCUMENT_PART, newEmptyDocument, newFoundingDocument, useEditor, type EditorSession } from './editor-store.ts';
import { partExists } from './persistence-format.ts';

export interface DocEntry {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What this tab knows about a document's stored copy. */
export interface Slot {
  entry: DocEntry;
  /** The document as last written or read: the tab has unsaved edits while the session's doc differs. */
  savedDoc: AnswerFile | null;
  /** The stored revision this tab's copy is based on (0: never stored). */
  revision: number;
  /** The editing session of a document that is not open (undefined for the open one: it is in the editor store). */
  parked?: EditorSession;
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

/** What persistence does when the list changes. */
export interface WorkspaceSink {
  changed(id: string): void;
  removed(id: string): void;
  metaChanged(): void;
}

const slots = new Map<string, Slot>();
let sink: WorkspaceSink = { changed: () => {}, removed: () => {}, metaChanged: () => {} };
let toastSerial = 0;

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
    if (slot) slot.parked = session;
  }
}

function publishEntries(): void {
  useWorkspace.setState({ entries: [...slots.values()].map((s) => s.entry).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)) });
}

export function updateEntry(id: string, patch: Partial<DocEntry>): void {
  const slot = slots.get(id);
  if (!slot) return;
  slot.entry = { ...slot.entry, ...patch };
  publishEntries();
}

/** Adds a document to the list without opening it (loading, or one another tab created). */
export function addSlot(slot: Slot): void {
  slots.set(slot.entry.id, slot);
  publishEntries();
}

/** Removes a document from the list; an open one is replaced by its neighbour (or a fresh one). */
export function dropSlot(id: string): Slot | undefined {
  const slot = slots.get(id);
  if (!slot) return undefined;
  const ws = useWorkspace.getState();
  if (ws.currentId === id) {
    const rest = ws.entries.filter((e) => e.id !== id);
    const index = ws.entries.findIndex((e) => e.id === id);
    const next = rest[Math.min(index, rest.length - 1)];
    slot.parked = sessionOf(id);
    if (next) switchDocument(next.id);
    else createDocument(newFoundingDocument(), { silent: true });
  }
  slots.delete(id);
  publishEntries();
  return slot;
}

/** Opens document `id`; the current one is parked with its selection and history. */
export function switchDocument(id: string): void {
  const { currentId } = useWorkspace.getState();
  const target = slots.get(id);
  if (id === currentId || !target?.parked) return;
  const leaving = slots.get(currentId);
  if (leaving) leaving.parked = sessionOf(currentId);
  const session = target.parked;
  target.parked = undefined;
  useEditor.getState().sealHistory();
  // currentId first: the editor-store subscriber attributes the change to the document now open.
  useWorkspace.setState({ currentId: id });
  useEditor.getState().load(session);
  sink.metaChanged();
}

let idCounter = 0;
function newId(now: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Math.random().toString(36).slice(2)}${++idCounter}`;
  return `${now.toString(36)}-${random}`;
}

/** Adds `doc` as a new document and opens it. */
export function createDocument(doc: AnswerFile, options: { readonly silent?: boolean; readonly selection?: PartRef } = {}): string {
  const now = Date.now();
  const id = newId(now);
  const session: EditorSession = { doc, selection: options.selection ?? DOCUMENT_PART, history: EMPTY_HISTORY };
  addSlot({ entry: entryFor(id, doc, now, now), savedDoc: null, revision: 0, parked: session });
  switchDocument(id);
  sink.changed(id);
  return id;
}

export function entryFor(id: string, doc: AnswerFile, createdAt: number, updatedAt: number): DocEntry {
  return { id, name: doc.name ?? '', owner: doc.owner ?? '', createdAt, updatedAt };
}

function toast(message: string, undo?: Toast['undo']): void {
  useWorkspace.setState({ toast: { serial: ++toastSerial, message, undo } });
}

function displayName(doc: AnswerFile | undefined): string {
  return doc?.name ? `“${doc.name}”` : 'the untitled document';
}

/** The document list's actions (the UI calls these). */
export const workspace = {
  open: (id: string) => switchDocument(id),
  newFounding: () => void createDocument(newFoundingDocument()),
  newEmpty: () => void createDocument(newEmptyDocument()),

  /** An opened file or share link becomes a new document; the toast's Undo closes it again. */
  openAsNew(source: string, doc: AnswerFile): void {
    const previous = useWorkspace.getState().currentId;
    const id = createDocument(doc);
    toast(`Opened ${source} as a new document`, {
      label: 'Undo',
      run: () => {
        if (!slots.has(id)) return;
        switchDocument(previous);
        dropSlot(id);
        sink.removed(id);
        useWorkspace.setState({ toast: null });
      },
    });
  },

  duplicate(id: string): void {
    const source = sessionOf(id);
    if (!source) return;
    const name = source.doc.name ? `${source.doc.name}-copy` : '';
    createDocument(setRootAttribute(source.doc, 'name', name), { selection: source.selection });
  },

  /** Renames (the answer file's Name) as one undo step of that document. */
  rename(id: string, name: string): void {
    const session = sessionOf(id);
    if (!session) return;
    const doc = setRootAttribute(session.doc, 'name', name);
    if (doc === session.doc) return;
    if (id === useWorkspace.getState().currentId) {
      useEditor.getState().edit('Rename document', () => doc);
      return;
    }
    setSession(id, {
      ...session,
      doc,
      history: record(session.history, { doc: session.doc, selection: session.selection, label: 'Rename document' }),
    });
    updateEntry(id, { name });
    sink.changed(id);
  },

  /** Deletes a document; the toast's Undo brings it back with its history. */
  remove(id: string): void {
    const slot = dropSlot(id);
    if (!slot) return;
    sink.removed(id);
    toast(`Deleted ${displayName(slot.parked?.doc)}`, {
      label: 'Undo',
      run: () => {
        if (slots.has(id) || !slot.parked) return;
        // The stored record is gone: the restored copy is written afresh.
        addSlot({ ...slot, savedDoc: null, revision: 0 });
        switchDocument(id);
        sink.changed(id);
        useWorkspace.setState({ toast: null });
      },
    });
  },

  notify: (message: string) => toast(message),
  dismissToast: () => useWorkspace.setState({ toast: null }),
  dismissNotice: () => useWorkspace.setState({ notice: null }),
};

/** Keeps the selection when the part still exists in `doc`, else selects the document. */
export function keptSelection(doc: AnswerFile, selection: PartRef): PartRef {
  return partExists(doc, selection) ? selection : DOCUMENT_PART;
}
