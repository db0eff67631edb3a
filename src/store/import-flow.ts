// The steps of opening a file: parse, then either open it as a new document of the workspace (nothing is
// replaced, and the toast's Undo closes it again), show why the file was refused (with a proposed repair when
// there is one), or show what was kept without being understood. A failed import leaves every document untouched.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import type { ImportError, ImportNote } from '../xml/parse-types.ts';
import { checkInSlices } from './diagnostics.ts';
import { isLargeDocument } from './large-document.ts';
import { openedFrom } from './baselines.ts';
import { mintKey } from './keys.ts';
import { useView } from './view-store.ts';
import { workspace } from './workspace-actions.ts';
import { waitForXml } from './xml-pending.ts';

export type ImportStage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'paste' }
  /** A file is being read and parsed (in a worker); `fraction` 0..1 of its bytes. */
  | { readonly kind: 'opening'; readonly source: string; readonly phase: 'read' | 'parse'; readonly fraction: number }
  | { readonly kind: 'refused'; readonly source: string; readonly error: ImportError }
  | { readonly kind: 'report'; readonly source: string; readonly report: readonly ImportNote[] };

interface ImportFlowState {
  readonly stage: ImportStage;
  /** Parses `text` (from a file named `source`, or "pasted text") off the main thread, as importFile. */
  importText(source: string, text: string): Promise<void>;
  /** Reads and parses a file (or text) off the main thread, showing progress, then opens it, refuses it or reports. */
  importFile(source: string, file: Blob | string): Promise<void>;
  /** Imports the repaired text the refusal proposed. */
  acceptRepair(): void;
  /** Shows a refusal decided before parsing (the file is too large, or could not be read). */
  refuse(source: string, error: ImportError): void;
  openPaste(): void;
  close(): void;
}

function adopt(source: string, doc: AnswerFile, report: readonly ImportNote[], text: string): ImportStage {
  if (isLargeDocument(doc)) void checkInSlices(doc, useView.getState().strict);
  const id = workspace.openAsNew(`“${source}”`, doc);
  // Download keeps the file's own layout: it writes the document over the text it was read from.
  openedFrom(id, source, text, doc);
  return report.length > 0 ? { kind: 'report', source, report } : { kind: 'idle' };
}

export const useImportFlow = create<ImportFlowState>()((set, get) => ({
  stage: { kind: 'idle' },

  importText(source, text) {
    return get().importFile(source, text);
  },

  async importFile(source, file) {
    set({ stage: { kind: 'opening', source, phase: 'read', fraction: 0 } });
    // Keys from the worker carry a fresh page-minted prefix plus '_', which mintKey never produces.
    // The parser (and the XML code with it) is loaded on the first import, not with the first screen.
    const { parseInWorker } = await import('../lib/parse-in-worker.ts');
    const result = await parseInWorker(file, `${mintKey()}_`, (p) => {
      const stage = get().stage;
      if (stage.kind === 'opening' && stage.source === source) set({ stage: { ...stage, phase: p.phase, fraction: p.fraction } });
    });
    const stage = get().stage;
    if (stage.kind !== 'opening' || stage.source !== source) return; // cancelled
    if (!result.ok) {
      set({ stage: { kind: 'refused', source, error: result.error } });
      return;
    }
    // Editable now; the preview follows once the parts' XML has arrived.
    waitForXml(result.texts);
    set({ stage: adopt(source, result.doc, result.report, result.source) });
  },

  acceptRepair() {
    const stage = get().stage;
    if (stage.kind !== 'refused' || !stage.error.repair) return;
    void get().importText(`${stage.source} (repaired)`, stage.error.repair.text);
  },

  refuse(source, error) {
    set({ stage: { kind: 'refused', source, error } });
  },

  openPaste() {
    set({ stage: { kind: 'paste' } });
  },

  close() {
    set({ stage: { kind: 'idle' } });
  },
}));
