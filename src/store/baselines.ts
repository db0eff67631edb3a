// Each document's baseline: the file it was opened from, or last downloaded as (its text, and the model read from
// it, whose keys are the document's). Download writes the document over that text, keeping its layout
// (xml/layout/), unless the user chose Reformat; the Changes view compares the document with it. A new document
// has none. Saved with the document (saved/baselines-saved.ts), read back when the document is first shown.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import type { Layout } from '../xml/layout/layout.ts';

export interface Baseline {
  /** The text and its model. */
  readonly reference: Layout;
  /** Whether `reference` is the file as opened or as last downloaded. */
  readonly kind: 'opened' | 'downloaded';
  /** The file's name as opened, or the name it was downloaded under. */
  readonly fileName: string;
  /** When it was opened or downloaded (ms since the epoch). */
  readonly at: number;
  /** Reformat was chosen: Download writes the house style instead of keeping the layout. */
  readonly reformatted: boolean;
}

interface BaselineState {
  readonly byId: ReadonlyMap<string, Baseline>;
}

export const useBaselines = create<BaselineState>()(() => ({ byId: new Map() }));

export function baselineOf(id: string): Baseline | undefined {
  return useBaselines.getState().byId.get(id);
}

/** The layout Download writes document `id` over (undefined: the house style). */
export function layoutOf(baseline: Baseline | undefined): Layout | undefined {
  return baseline && !baseline.reformatted ? baseline.reference : undefined;
}

export function setBaseline(id: string, baseline: Baseline | undefined): void {
  const byId = new Map(useBaselines.getState().byId);
  if (baseline) byId.set(id, baseline);
  else byId.delete(id);
  useBaselines.setState({ byId });
}

/** The document was opened from `text` (read as `doc`). */
export function openedFrom(id: string, fileName: string, text: string, doc: AnswerFile, at = Date.now()): void {
  setBaseline(id, { reference: { text, doc }, kind: 'opened', fileName, at, reformatted: false });
}

/** The document was downloaded as `text` (`doc` is the document that was written). */
export function downloadedAs(id: string, fileName: string, text: string, doc: AnswerFile, at = Date.now()): void {
  setBaseline(id, { reference: { text, doc }, kind: 'downloaded', fileName, at, reformatted: false });
}

/** Download writes document `id` in the house style from now on (`on`), or keeps its layout again. */
export function setReformatted(id: string, on: boolean): void {
  const b = baselineOf(id);
  if (b && b.reformatted !== on) setBaseline(id, { ...b, reformatted: on });
}
