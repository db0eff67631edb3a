// Download saves exactly the previewed text, named after the document (xmlOf: after an import's XML has arrived,
// and with the serializer loaded on first use).

import { answerFileName } from '../../model/file-name.ts';
import { downloadText } from '../../lib/download-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { sessionOf } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';
import { xmlOf } from '../../store/xml-pending.ts';

/** Downloads document `id` (open or parked); rejects when it cannot be written. */
export async function downloadDocument(id: string): Promise<void> {
  const session = sessionOf(id);
  if (!session) throw new Error('the document is no longer open');
  downloadText(answerFileName(session.doc.name), await xmlOf(session.doc));
}

export async function downloadCurrent(): Promise<void> {
  const { doc } = useEditor.getState();
  try {
    downloadText(answerFileName(doc.name), await xmlOf(doc));
  } catch (e) {
    workspace.notify(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
