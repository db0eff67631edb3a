// The editor's own check that a saved document can be used is that it serializes (decode.ts). A
// small document is checked as it is read, before the first screen. A large one (a fleet file: its whole
// serialization is a long task, seconds at 20 MB) is checked after the first screen, a slice of parts per task,
// which also fills the serializer's caches the preview needs: until then its XML is pending (the preview says
// so) and the first validation waits for every one of them (the problem counts say "checking"), so that the
// validator never sees data the check would refuse, even of a document opened meanwhile. One that fails is closed
// and kept as a backup (closeUnusable); until then the part form shows a part it cannot draw as such
// (FaultBoundary).

import type { AnswerFile } from '../../model/types.ts';
import { nextPaint } from '../../lib/after-paint.ts';
import type { DocumentCheck } from './decode.ts';
import { isLargeDocument } from '../large-document.ts';
import { waitForXml } from '../xml-pending.ts';
import { checkInSlices } from '../diagnostics.ts';
import { useEditor } from '../editor-store.ts';
import { useView } from '../view-store.ts';
import { dropSlot, sessionOf, slotOf, useWorkspace } from '../workspace.ts';
import { currentStorage, forgetCopy } from './copies.ts';
import { removeStored } from './autosave.ts';
import { backupNotice, backupText } from './backup.ts';

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
      const { serializeInSlices } = await import('../../lib/serialize-in-slices.ts');
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

/**
 * Checks the large saved documents after the first screen, the open one first (`idOf`: each one's document id,
 * as read). The open document is validated once all have passed: until then the diagnostics say "checking", so
 * that a document opened meanwhile is not validated before its check either. One that fails is closed and kept
 * as a backup.
 */
export function checkLargeDocuments(deferred: readonly AnswerFile[], idOf: ReadonlyMap<AnswerFile, string>): void {
  if (deferred.length === 0) return;
  const open = useEditor.getState().doc;
  const ordered = [...deferred].sort((a, b) => Number(b === open) - Number(a === open));
  const check = checkAfterFirstScreen(ordered, (doc, error) => closeUnusable(idOf.get(doc), doc, error));
  void checkInSlices(open, useView.getState().strict, check.done.then(() => check.usable.get(open) ?? true));
}

/**
 * Closes saved document `id`, whose stored copy `doc` does not serialize, keeping that copy (and any edits made
 * since) as a backup. By id, not by its saved object: an edit saved meanwhile replaces that.
 */
async function closeUnusable(id: string | undefined, doc: AnswerFile, error: unknown): Promise<void> {
  if (id === undefined || !slotOf(id)) return;
  const now = Date.now();
  const edited = sessionOf(id)?.doc;
  const reason = `a saved document could not be written as XML (${error instanceof Error ? error.message : String(error)})`;
  const text = backupText(reason, { document: doc, edited: edited !== doc ? edited : undefined }, now);
  const s = currentStorage();
  const kept = !!s && (await s.putBackup(text, now)).ok;
  dropSlot(id);
  // Never delete what could not be kept as a backup: the next start finds it again.
  if (kept) removeStored(id);
  else forgetCopy(id);
  const name = doc.name ? `“${doc.name}”` : 'A saved document';
  useWorkspace.setState({
    notice: backupNotice(`${name} could not be opened: ${reason}. It was closed and kept as a backup; download it to keep it.`, text, now),
  });
}
