// The generated XML of the current document, derived, never stored. The serializer caches each part's text
// by object identity, so a keystroke re-serializes only the part that changed; the preview receives the text
// as pieces (toXmlPieces) so that it can find the change without scanning the whole text.

import { useMemo, useState } from 'react';
import { LineBreaks } from './line-breaks.ts';
import { toXmlPieces } from '../../xml/serialize.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useXmlPending } from '../../store/xml-pending.ts';
import { layoutOf, useBaselines } from '../../store/baselines.ts';
import { useWorkspace } from '../../store/workspace.ts';

/**
 * The current document's XML as pieces, in the same render as the keystroke that changed it: re-serializing
 * one part and diffing pieces costs well under a millisecond, so the preview is never a frame behind the form.
 * Null while an imported document's XML is still arriving (store/xml-pending.ts). Line breaks are LF, as the code
 * view counts them (line-breaks.ts).
 */
export function useXmlPieces(): readonly string[] | null {
  const doc = useEditor((s) => s.doc);
  const pending = useXmlPending((s) => s.running > 0);
  const id = useWorkspace((s) => s.currentId);
  // The text Download writes: over the file's own layout while the document has one (store/baselines.ts).
  const layout = useBaselines((s) => layoutOf(s.byId.get(id)));
  const [lineBreaks] = useState(() => new LineBreaks());
  return useMemo(() => (pending ? null : lineBreaks.forView(toXmlPieces(doc, layout))), [doc, pending, layout, lineBreaks]);
}
