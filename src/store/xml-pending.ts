// A document opened from a large file is editable before its XML is ready: the import worker sends the parts'
// XML after the parts (xml/parse-transfer.ts). Until it is in the serializer's caches, serializing the document
// would be one long task on the page, so the preview and the share-link check wait while any is pending.

import { create } from 'zustand';
import type { AnswerFile } from '../model/types.ts';
import { layoutOf, type Baseline } from './baselines.ts';

/** How many documents' XML is still arriving. */
export const useXmlPending = create<{ readonly running: number }>()(() => ({ running: 0 }));

let settled: Promise<void> = Promise.resolve();

/** Marks the XML as pending until `texts` settles (whether it fulfils or rejects); returns when the mark is lifted. */
export function waitForXml(texts: Promise<void>): Promise<void> {
  useXmlPending.setState((s) => ({ running: s.running + 1 }));
  const done = texts.catch(() => undefined).finally(() => useXmlPending.setState((s) => ({ running: s.running - 1 })));
  settled = Promise.all([settled, done]).then(() => undefined);
  return done;
}

/**
 * Settles when no XML is pending any more. After a wait it settles in a task of its own: the task that lifts the
 * mark also renders the preview, and what waited (the share check) would otherwise lengthen it.
 */
export async function xmlReady(): Promise<void> {
  if (useXmlPending.getState().running === 0) return;
  while (useXmlPending.getState().running > 0) await settled;
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * The document's XML, as Download and Copy save it, once no imported XML is pending: then it is a join of the
 * parts' cached texts, not a serialization of a whole large document in one long task. With `baseline`, written
 * over the file it was opened from (or last downloaded as), keeping its layout (store/baselines.ts). The
 * serializer is loaded on first use (the XML code is not part of the first screen's JavaScript).
 */
export async function xmlOf(doc: AnswerFile, baseline?: () => Baseline | undefined): Promise<string> {
  await xmlReady();
  const { toXml } = await import('../xml/serialize.ts');
  return toXml(doc, layoutOf(baseline?.()));
}
