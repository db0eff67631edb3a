// What the preview shows until its text's module (DocumentText.tsx, with the serializer) is in: on a first visit,
// the first document's XML as written at build time (scripts/founding-text.ts), while that document is unedited;
// otherwise nothing yet.

import FOUNDING_XML from 'virtual:founding-xml';
import { isFirstDocument, useEditor } from '../../store/editor-store.ts';
import { PlainPreview } from './PlainPreview.tsx';
import { PENDING } from './pending.ts';

const FOUNDING_PIECES: readonly string[] = [FOUNDING_XML];

export function FirstText() {
  const first = useEditor((s) => isFirstDocument(s.doc));
  return <PlainPreview pieces={first ? FOUNDING_PIECES : PENDING} />;
}
