// The editor's own check that a saved document can be used is that it serializes (persistence-format.ts). A
// small document is checked as it is read, before the first screen. A large one (a fleet file: its whole
// serialization is a long task, seconds at 20 MB) is checked after the first screen, a slice of parts per task,
// which also fills the serializer's caches the preview needs: until then its XML is pending (the preview says
// so) and the first validation waits for every one of them (the problem counts say "checking"), so that the
// validator never sees data the check would refuse, even of a document opened meanwhile. One that fails is closed
// and kept as a backup (persistence.ts); until then the part form shows a part it cannot draw as such
// (FaultBoundary).

import type { AnswerFile } from '../model/types.ts';
import { nextPaint } from '../lib/after-paint.ts';
import type { DocumentCheck } from './persistence-format.ts';
import { isLargeDocument } from './large-document.ts';
import { waitForXml } from './xml-pending.ts';

export interface BootCheck {
  /** The check decodeWorkspace runs on each document: large ones pass for now and are listed in `deferred`. */
  readonly serializes: DocumentCheck;
  readonly deferred: AnswerFile[];
}

/** Splits `check` into what runs before the first screen and what runs after it. */
export function splitBootCheck(check: DocumentCheck): BootCheck {
  const deferred: AnswerFile[] = [];
  return {
    deferred,
    serializes: (doc) => {
      if (!isLargeDocument(doc)) return check(doc);
      deferred.push(doc);
      return true;
    },
  };
}

/** What to do with a document that turned out not to serialize; it is no longer open when this settles. */
export type OnUnusable = (doc: AnswerFile, error: unknown) => Promise<void>;

export interface LaterCheck {
  /** Per document: whether it is usable (settles after `onUnusable` for one that is not). */
  readonly usable: ReadonlyMap<AnswerFile, Promise<boolean>>;
  /** Settles once every document is checked. */
  readonly done: Promise<void>;
}

/**
 * Serializes each of `docs` in slices after the next paint, in order (the open document first); the XML is
 * pending until every one is done.
 */
export function checkAfterFirstScreen(docs: readonly AnswerFile[], onUnusable: OnUnusable): LaterCheck {
  const usable = new Map<AnswerFile, Promise<boolean>>();
  let previous: Promise<unknown> = nextPaint();
  for (const doc of docs) {
    const result = previous.then(async () => {
      const { serializeInSlices } = await import('../lib/serialize-in-slices.ts');
      try {
        await serializeInSlices(doc);
        return true;
      } catch (e) {
        await onUnusable(doc, e).catch(() => undefined);
        return false;
      }
    });
    usable.set(doc, result);
    previous = result;
  }
  const done = previous.then(() => undefined);
  waitForXml(done);
  return { usable, done };
}
