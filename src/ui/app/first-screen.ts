// The first screen is whole (issue 22, point 8): the XML preview and the problems list appear in the same frame
// as the form. Problems are worked out as the form renders; the preview's text needs the serializer and, for a
// document opened from a file, that file's layout (its baseline). A reload has loaded the serializer already, to
// check the saved documents (store/saved/decode.ts), so before its first frame the preview's module and the open
// document's baseline are read too. A first visit does not load the serializer before the first screen (its
// JavaScript budget): its preview shows the first document's text written at build time (preview/FirstText.tsx).

import { isFirstDocument, useEditor } from '../../store/editor-store.ts';
import { useWorkspace } from '../../store/workspace.ts';
import { baselineRead } from '../../store/saved/baselines-saved.ts';
import { preloadDocumentText } from '../preview/PreviewPane.tsx';
import { smallEnoughForFirstFrame } from './first-frame.ts';

/** Loads what the first frame needs beyond the first screen's JavaScript. Never rejects: a failure shows later. */
export async function prepareFirstScreen(): Promise<void> {
  try {
    const { doc } = useEditor.getState();
    if (isFirstDocument(doc) || !smallEnoughForFirstFrame(doc)) return;
    await Promise.all([preloadDocumentText(), baselineRead(useWorkspace.getState().currentId)]);
  } catch {
    // The preview loads its module itself after the first frame, and says so if it cannot.
  }
}
