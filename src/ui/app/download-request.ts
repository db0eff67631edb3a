// Starting a download, from the Download button or Ctrl+S: a document with errors asks first (DownloadButton's
// dialog, open while `errors` > 0); warnings never block.

import { uiSignal } from '../common/ui-signal.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { diagnosticsOf } from '../../store/diagnostics.ts';
import { downloadCurrent } from './download-current.ts';

/** The number of errors the confirmation names; 0 = not asking. */
export const downloadAsk = uiSignal(0);

export function startDownload(): void {
  const n = diagnosticsOf(useEditor.getState().doc, useView.getState().strict, true).errors;
  if (n > 0) downloadAsk.set(n);
  else void downloadCurrent();
}

export function closeDownloadAsk(): void {
  downloadAsk.set(0);
}
