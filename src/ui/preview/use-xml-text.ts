// The generated XML of the current document. Derived, never stored; the serializer caches each part's text
// by object identity, so a keystroke re-serializes only the part that changed.

import { useMemo } from 'react';
import { toXml } from '../../xml/serialize.ts';
import { useEditor } from '../../store/editor-store.ts';

export function useXmlText(): string {
  const doc = useEditor((s) => s.doc);
  return useMemo(() => toXml(doc), [doc]);
}
