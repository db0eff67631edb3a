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
  /** Applies one pure edit to the document as one undo step labelled `label`. */
  edit(label: string, fn: (doc: AnswerFile, keys: KeyGen) => AnswerFile, options?: EditOptions): void;
  /** Replaces the whole document (new, import) as one undo step. */
  replaceDocument(label: string, doc: AnswerFile): void;
  select(part: PartRef): void;
  undo(): void;
  redo(): void;
  /** Ends a typing run so the next keystroke starts a new undo step. */
  sealHistory(): void;
}

export const DOCUMENT_PART: PartRef = { kind: 'document' };

function initialDocument(): AnswerFile {
  return createFoundingDocument(mintKey);
}

export const useEditor = create<EditorState>()((set, get) => ({
  doc: initialDocument(),
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

export type { ItemOwner };
