// Fills the serializer's caches for a large document a slice of parts per task, so that its first toXml is a
// join of cached texts instead of one long task on the page (an import whose worker sent no XML, a large saved
// document opened at start).

import type { AnswerFile } from '../model/types.ts';
import { fragmentsOf, toXmlPieces } from '../xml/serialize.ts';

/** Parts serialized per task. */
const SLICE = 100;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Serializes `doc`'s parts, SLICE per task, yielding to the page between tasks; rejects with the serializer's
 * error when a part cannot be written.
 */
export async function serializeInSlices(doc: AnswerFile): Promise<void> {
  if (doc.imports) fragmentsOf('imports', [doc.imports]);
  if (doc.static) fragmentsOf('static', [doc.static]);
  const targets = doc.targets?.targets ?? [];
  for (let i = 0; i < targets.length; i += SLICE) {
    await pause();
    fragmentsOf('target', targets.slice(i, i + SLICE));
  }
  for (let i = 0; i < doc.variants.length; i += SLICE) {
    await pause();
    fragmentsOf('variant', doc.variants.slice(i, i + SLICE));
  }
  await joinInAdvance(doc);
}

/**
 * Joins the sections around the cached parts (the Targets section around its thousands of Targets) in a task of
 * its own, so that the task that shows the preview (when the returned promise settles) only takes cached texts.
 */
export async function joinInAdvance(doc: AnswerFile): Promise<void> {
  await pause();
  toXmlPieces(doc);
  await pause();
}
