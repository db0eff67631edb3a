// The generated XML of the current document, derived, never stored. The serializer caches each part's text
// by object identity, so a keystroke re-serializes only the part that changed; the preview receives the text
// as pieces (toXmlPieces) so that it can find the change without scanning the whole text.

import { useDeferredValue, useMemo } from 'react';
import { toXmlPieces } from '../../xml/serialize.ts';
import { useEditor } from '../../store/editor-store.ts';

/**
 * The current document's XML as pieces. The preview follows the document as a deferred value: the field being
 * typed into renders first, and the preview right after, so typing stays responsive even on a slow machine.
 */
export function useXmlPieces(): readonly string[] {
  const doc = useDeferredValue(useEditor((s) => s.doc));
  return useMemo(() => toXmlPieces(doc), [doc]);
}
