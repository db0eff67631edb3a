// The one zustand store: the current document, the selected part, and the undo history.
// Every action is a thin wrapper around one pure model function; `edit` records the step for undo.

import { create } from 'zustand';
import type { AnswerFile, ItemOwner } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import type { KeyGen } from '../model/ids.ts';
import { createEmptyDocument } from '../model/answer-file.ts';
import { createFoundingDocument } from '../model/founding.ts';
import { EMPTY_HISTORY, record, redo, seal, undo, type History } from './history.ts';
import { mintKey } from './keys.ts';

export interface EditOptions {
  /** Consecutive edits with the same key form one undo step (typing into one field). */
  readonly coalesce?: string;
  /** The part to select after the edit (e.g. a newly added target). */
  readonly select?: PartRef;
}

export interface EditorState {
  readonly doc: AnswerFile;
  readonly selection: PartRef;
  readonly history: History;
  /** The document as last created, opened or downloaded: the document has unsaved changes when doc !== baseline. */
  readonly baseline: AnswerFile;
  /** Applies one pure edit to the document as one undo step labelled `label`. */
  edit(label: string, fn: (doc: AnswerFile, keys: KeyGen) => AnswerFile, options?: EditOptions): void;
  /** Replaces the whole document (new, import) as one undo step. */
  replaceDocument(label: string, doc: AnswerFile): void;
  select(part: PartRef): void;
  undo(): void;
  redo(): void;
  /** Ends a typing run so the next keystroke starts a new undo step. */
  sealHistory(): void;
  /** Records that the current document was saved (downloaded): it no longer counts as changed. */
  markSaved(): void;
  /** Swaps in another document with its own selection and undo history (switching documents). */
  load(session: EditorSession): void;
}

/** One document's editing state: what the store holds for the current document, parked for the others. */
export type EditorSession = Pick<EditorState, 'doc' | 'baseline' | 'selection' | 'history'>;

export const DOCUMENT_PART: PartRef = { kind: 'document' };

function initialDocument(): AnswerFile {
  return createFoundingDocument(mintKey);
}

const first = initialDocument();

export const useEditor = create<EditorState>()((set, get) => ({
  doc: first,
  baseline: first,
  selection: DOCUMENT_PART,
  history: EMPTY_HISTORY,

  edit(label, fn, options = {}) {
    const { doc, selection, history } = get();
    const next = fn(doc, mintKey);
    if (next === doc) {
      if (options.select) set({ selection: options.select });
      return;
    }
    set({
      doc: next,
      selection: options.select ?? selection,
      history: record(history, { doc, selection, label, coalesce: options.coalesce }),
    });
  },

  replaceDocument(label, doc) {
    const state = get();
    set({
      doc,
      baseline: doc,
      selection: DOCUMENT_PART,
      history: record(state.history, { doc: state.doc, selection: state.selection, label }),
    });
  },

  select(part) {
    set({ selection: part });
  },

  undo() {
    const s = get();
    const step = undo(s.history, s.doc, s.selection);
    if (step) set({ doc: step.doc, selection: step.selection, history: step.history });
  },

  redo() {
    const s = get();
    const step = redo(s.history, s.doc, s.selection);
    if (step) set({ doc: step.doc, selection: step.selection, history: step.history });
  },

  markSaved() {
    set({ baseline: get().doc });
  },

  load(session) {
    set({ doc: session.doc, baseline: session.baseline, selection: session.selection, history: session.history });
  },

  sealHistory() {
    const h = get().history;
    const sealed = seal(h);
    if (sealed !== h) set({ history: sealed });
  },
}));

/** Whether the current document differs from the one last created, opened or downloaded. */
export function hasUnsavedChanges(s: Pick<EditorState, 'doc' | 'baseline'>): boolean {
  return s.doc !== s.baseline;
}

/** A fresh founding-scenario document (the first screen). */
export function newFoundingDocument(): AnswerFile {
  return createFoundingDocument(mintKey);
}

/** A blank document. */
export function newEmptyDocument(): AnswerFile {
  return createEmptyDocument();
}

export type { ItemOwner };
