// What counts as a large document: one whose whole validation or serialization would be a long task on the page,
// so it is validated and written a slice of parts per task when it is opened (an import, a saved fleet file).

import type { AnswerFile } from '../model/types.ts';

/** Documents with more targets and variants than this are opened in slices. */
export const LARGE_DOCUMENT_PARTS = 200;

export function isLargeDocument(doc: AnswerFile): boolean {
  return doc.variants.length + (doc.targets?.targets.length ?? 0) > LARGE_DOCUMENT_PARTS;
}
