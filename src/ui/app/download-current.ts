// Download saves exactly the previewed text, named after the document (xmlOf: after an import's XML, and the
// document's baseline after a reload, have arrived, and with the serializer loaded on first use). What was
// downloaded becomes the baseline the Changes view compares with, and the layout the next Download keeps.

import { answerFileName } from '../../model/file-name.ts';
import type { AnswerFile } from '../../model/types.ts';
import { downloadText } from '../../lib/download-file.ts';
import { baselineOf, downloadedAs } from '../../store/baselines.ts';
import { useEditor } from '../../store/editor-store.ts';
import { sessionOf, useWorkspace } from '../../store/workspace.ts';
import { workspace } from '../../store/workspace-actions.ts';
import { xmlOf } from '../../store/xml-pending.ts';

async function download(id: string, doc: AnswerFile): Promise<void> {
  const fileName = answerFileName(doc.name);
  const text = await xmlOf(doc, () => baselineOf(id));
  downloadText(fileName, text);
  const { layoutUsable } = await import('../../xml/layout/layout.ts');
  // Kept only when the text lines up with the document (it always should): else the previous baseline stays.
  const reference = { text, doc };
  if (layoutUsable(reference, true)) downloadedAs(id, fileName, text, doc);
}

/** Downloads document `id` (open or parked); rejects when it cannot be written. */
export async function downloadDocument(id: string): Promise<void> {
  const session = sessionOf(id);
  if (!session) throw new Error('the document is no longer open');
  await download(id, session.doc);
}

export async function downloadCurrent(): Promise<void> {
  const { doc } = useEditor.getState();
  try {
    await download(useWorkspace.getState().currentId, doc);
  } catch (e) {
    workspace.notify(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
