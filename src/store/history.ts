// Undo/redo history as plain data. The store records one entry per user step; consecutive edits of the same
// field (typing) coalesce into one step, so Ctrl+Z undoes a word, not a character.

import type { AnswerFile } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';

export interface HistoryEntry {
  /** The document before the step. */
  readonly doc: AnswerFile;
  /** The part selected before the step, restored on undo. */
  readonly selection: PartRef;
  /** What the step did, for the toolbar's tooltip ("Undo: rename target"). */
  readonly label: string;
  /** Edits with the same non-empty coalesce key in a row form one step (one field being typed into). */
  readonly coalesce?: string;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** How many steps are kept. Entries share unchanged subtrees, so a step costs only the path it rebuilt. */
export const HISTORY_LIMIT = 200;

/** Records a step that replaced `entry.doc`. Returns `history` unchanged when the step coalesces. */
export function record(history: History, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  if (entry.coalesce && last?.coalesce === entry.coalesce && history.future.length === 0) return history;
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Ends the current coalescing run, so the next edit of the same field is a new step (e.g. on blur). */
export function seal(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last?.coalesce) return history;
  return { ...history, past: [...history.past.slice(0, -1), { ...last, coalesce: undefined }] };
}

export interface Stepped {
  readonly history: History;
  readonly doc: AnswerFile;
  readonly selection: PartRef;
  readonly label: string;
}

/** Steps back: returns the restored document and the new history, or null when there is nothing to undo. */
export function undo(history: History, current: AnswerFile, selection: PartRef): Stepped | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { doc: current, selection, label: entry.label }],
    },
    doc: entry.doc,
    selection: entry.selection,
    label: entry.label,
  };
}

/** Steps forward again after an undo. */
export function redo(history: History, current: AnswerFile, selection: PartRef): Stepped | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    history: {
      past: [...history.past, { doc: current, selection, label: entry.label }],
      future: history.future.slice(0, -1),
    },
    doc: entry.doc,
    selection: entry.selection,
    label: entry.label,
  };
}
