// The generated XML of the current document, derived, never stored. The serializer caches each part's text
// by object identity, so a keystroke re-serializes only the part that changed; the preview receives the text
// as pieces (toXmlPieces) so that it can find the change without scanning the whole text.

import { useMemo } from 'react';
import { toXmlPieces } from '../../xml/serialize.ts';
import { useEditor } from '../../store/editor-store.ts';

/**
 * The current document's XML as pieces, in the same render as the keystroke that changed it: re-serializing
 * one part and diffing pieces costs well under a millisecond, so the preview is never a frame behind the form.
 */
export function useXmlPieces(): readonly string[] {
  const doc = useEditor((s) => s.doc);
  return useMemo(() => toXmlPieces(doc), [doc]);
}
