// Download saves exactly the previewed text, named after the document. The serializer is loaded on first use
// (the XML code is not part of the first screen's JavaScript); by then the preview has usually loaded it.

import { answerFileName } from '../../model/file-name.ts';
import { downloadText } from '../../lib/download-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { workspace } from '../../store/workspace.ts';

export async function downloadCurrent(): Promise<void> {
  const { doc } = useEditor.getState();
  try {
    const { toXml } = await import('../../xml/serialize.ts');
    downloadText(answerFileName(doc.name), toXml(doc));
  } catch (e) {
    workspace.notify(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
