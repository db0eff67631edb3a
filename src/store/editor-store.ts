// The one zustand store: the current document, the selected part, and the undo history.
// Every action is a thin wrapper around one pure model function; `edit` records the step for undo.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
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
  /** Applies one pure edit to the document as one undo step labelled `label`. */
  edit(label: string, fn: (doc: AnswerFile, keys: KeyGen) => AnswerFile, options?: EditOptions): void;
  select(part: PartRef): void;
  undo(): void;
  redo(): void;
  /** Ends a typing run so the next keystroke starts a new undo step. */
  sealHistory(): void;
  /** Swaps in another document with its own selection and undo history (switching documents). */
  load(session: EditorSession): void;
}

/** One document's editing state: what the store holds for the current document, parked for the others. */
export type EditorSession = Pick<EditorState, 'doc' | 'selection' | 'history'>;

export const DOCUMENT_PART: PartRef = { kind: 'document' };

/** The document the editor starts with: the founding scenario, until a saved one is opened. */
const FIRST_DOCUMENT = createFoundingDocument(mintKey);

/** Whether `doc` is the document the editor started with, unedited (its XML is known before the serializer loads). */
export function isFirstDocument(doc: AnswerFile): boolean {
  return doc === FIRST_DOCUMENT;
}

export const useEditor = create<EditorState>()((set, get) => ({
  doc: FIRST_DOCUMENT,
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

  load(session) {
    set({ doc: session.doc, selection: session.selection, history: session.history });
  },

  sealHistory() {
    const h = get().history;
    const sealed = seal(h);
    if (sealed !== h) set({ history: sealed });
  },
}));

/** A fresh founding-scenario document (the first screen). */
export function newFoundingDocument(): AnswerFile {
  return createFoundingDocument(mintKey);
}

/** A blank document. */
export function newEmptyDocument(): AnswerFile {
  return createEmptyDocument();
}
