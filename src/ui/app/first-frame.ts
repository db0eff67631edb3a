// Whether the preview's text is written in the first frame, with the form (issue 22, point 8). Writing the text of
// a small document costs a few milliseconds; a large one (a thousand variants: ~2 MB) costs hundreds, which would
// hold back the first screen, so a large document's preview is written right after the first frame, as before.

import type { AnswerFile, StaticItem } from '../../model/types.ts';
import { isLargeDocument } from '../../store/large-document.ts';

/** The most elements (a rough count) a document may hold for its preview to be written in the first frame. */
export const FIRST_FRAME_MAX_ELEMENTS = 1500;

function itemElements(items: readonly StaticItem[]): number {
  let n = 0;
  for (const i of items) n += 1 + (i.kind === 'settings' ? i.entries.length : i.kind === 'applications' ? i.apps.length : i.assets.length);
  return n;
}

/**
 * A rough count of the document's elements (stops counting past the limit). A large document (many parts) is never
 * small enough: its saved data is checked only after the first screen (store/saved/deferred-check.ts), so nothing
 * here may read more of it than its lists of parts.
 */
export function smallEnoughForFirstFrame(doc: AnswerFile): boolean {
  if (isLargeDocument(doc)) return false;
  let n = (doc.imports?.imports.length ?? 0) + itemElements(doc.static?.items ?? []);
  for (const t of doc.targets?.targets ?? []) {
    n += 1;
    for (const s of t.states) n += 1 + s.conditions.length;
  }
  for (const v of doc.variants) {
    n += 2 + (v.targetRefs?.refs.length ?? 0) + itemElements(v.items);
    if (n > FIRST_FRAME_MAX_ELEMENTS) return false;
  }
  return n <= FIRST_FRAME_MAX_ELEMENTS;
}
