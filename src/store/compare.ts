// What the Changes view compares the open document with, and how it shows the differences. Not part of the
// document and not saved: a view choice, reset when another document is opened.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import { useWorkspace } from './workspace.ts';

export type CompareWith =
  /** The file the document was opened from, or last downloaded as (store/baselines.ts). */
  | { readonly kind: 'baseline' }
  /** Another document of the workspace. */
  | { readonly kind: 'document'; readonly id: string }
  /** A file read for the comparison only (not opened as a document). */
  | { readonly kind: 'file'; readonly name: string; readonly text: string; readonly doc: AnswerFile };

export type CompareMode = 'parts' | 'text';

interface CompareState {
  readonly with: CompareWith;
  readonly mode: CompareMode;
  /** Why the last file chosen could not be compared (shown until another choice). */
  readonly fileError: string | null;
  compareWith(w: CompareWith): void;
  setMode(mode: CompareMode): void;
  setFileError(message: string | null): void;
}

const BASELINE: CompareWith = { kind: 'baseline' };

export const useCompare = create<CompareState>()((set) => ({
  with: BASELINE,
  mode: 'parts',
  fileError: null,
  compareWith: (w) => set({ with: w, fileError: null }),
  setMode: (mode) => set({ mode }),
  setFileError: (fileError) => set({ fileError }),
}));

// Another document opened: compare it with its own file again.
useWorkspace.subscribe((s, prev) => {
  if (s.currentId !== prev.currentId) useCompare.setState({ with: BASELINE, fileError: null });
});
