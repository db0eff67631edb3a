// Download saves exactly the previewed text, named after the document.

import { answerFileName } from '../../model/file-name.ts';
import { toXml } from '../../xml/serialize.ts';
import { downloadText } from '../../lib/download-file.ts';
import { useEditor } from '../../store/editor-store.ts';

export function downloadCurrent(): void {
  const { doc } = useEditor.getState();
  downloadText(answerFileName(doc.name), toXml(doc));
}
