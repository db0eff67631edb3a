// Download saves exactly the previewed text, named after the document (xmlOf: after an import's XML has arrived,
// and with the serializer loaded on first use).

import { answerFileName } from '../../model/file-name.ts';
import { downloadText } from '../../lib/download-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { workspace } from '../../store/workspace.ts';
import { xmlOf } from '../../store/xml-pending.ts';

export async function downloadCurrent(): Promise<void> {
  const { doc } = useEditor.getState();
  try {
    downloadText(answerFileName(doc.name), await xmlOf(doc));
  } catch (e) {
    workspace.notify(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
