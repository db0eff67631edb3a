// The saved workspace read at start: decoded and upgraded (decode.ts), the unreadable part kept as a backup,
// the rest back in the list with the last open document open again. Whatever cannot be read or kept never
// stops the editor: it starts with a new document and says so, and writes nothing over data it could not back up.

import type { AnswerFile } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';
import type { WorkspaceStorage } from '../../lib/storage.ts';
import { DOCUMENT_PART, useEditor } from '../editor-store.ts';
import { EMPTY_HISTORY } from '../history.ts';
import { useView } from '../view-store.ts';
import { addSlot, allSlotIds, entryFor, newDocumentId, openAtStart, useWorkspace, type Notice } from '../workspace.ts';
import { simulations } from '../simulations.ts';
import { currentStorage, enqueue, markStored, setStorage } from './copies.ts';
import { queueSave, saveMeta } from './autosave.ts';
import { backupNotice, backupText } from './backup.ts';
import { decodeWorkspace, loadDocumentCheck } from './decode.ts';
import { checkLargeDocuments, splitBootCheck } from './deferred-check.ts';
import type { StoredDocument } from './records.ts';
import type { StartRead } from './storage-open.ts';

/** Adds a document read from storage to the list, not open. */
export function addStoredSlot(rec: StoredDocument): void {
  addSlot({ entry: entryFor(rec.id, rec.doc, rec.createdAt, rec.updatedAt), parked: { doc: rec.doc, selection: DOCUMENT_PART, history: EMPTY_HISTORY } });
  markStored(rec);
}

/** Makes the document the editor opened with the first entry of the list (a fresh start). */
export function adoptOpenDocument(): void {
  if (allSlotIds().length > 0) return;
  const { doc } = useEditor.getState();
  const now = Date.now();
  const id = newDocumentId(now);
  addSlot({ entry: entryFor(id, doc, now, now) });
  useWorkspace.setState({ currentId: id });
  if (currentStorage()) void queueSave(id).then(() => enqueue(saveMeta));
}

/** Works in memory only from now on. */
function keepInMemory(): void {
  setStorage(null);
  useWorkspace.setState({ saveState: 'memory' });
}

/** Loads the workspace as read at start into the list; returns a notice when something could not be read. */
export async function loadStored(s: WorkspaceStorage, read: StartRead): Promise<Notice | null> {
  const now = Date.now();
  if (!read.ok) {
    keepInMemory();
    adoptOpenDocument();
    return { kind: 'unavailable', message: `Saved documents could not be read (${String(read.error)}). Your work is not being saved.` };
  }
  const stored = read.raw;
  const raw = { meta: stored.meta, documents: stored.documents, parts: stored.parts };
  // A first visit has nothing to check: the serializer is then not loaded before the first screen. Large
  // documents are checked after it (deferred-check.ts).
  const check = splitBootCheck(raw.documents.length > 0 ? await loadDocumentCheck() : () => true);
  const decoded = decodeWorkspace(raw, { serializes: check.serializes });
  if (!decoded.ok) {
    const text = backupText(decoded.reason, raw, now);
    // Never write over data we could not keep a backup of.
    if (!(await s.backupAndClear(text, now)).ok) keepInMemory();
    adoptOpenDocument();
    return backupNotice(`Your saved documents could not be opened: ${decoded.reason}. CAF Studio started with a new document and kept the old data as a backup.`, text, now);
  }
  const unreadable = { documents: decoded.unreadable, parts: decoded.unreadableParts };
  const text = decoded.unreadable.length > 0 ? backupText(`${decoded.unreadable.length} document record(s) could not be read`, unreadable, now) : '';
  // Keep the unreadable records as a backup, then drop them so they are not reported again on every start.
  const keptBackup = !text || (await s.putBackup(text, now)).ok;
  if (decoded.rewrite) {
    // Migrated: the readable documents are stored in the current format, in one transaction. Until that is
    // written (and when the old data could not be backed up) nothing is saved over the old format's data.
    if (!keptBackup || !(await s.replaceAll(decoded.meta, decoded.rewrite.documents, decoded.rewrite.parts)).ok) keepInMemory();
  } else {
    if (keptBackup) {
      for (const bad of decoded.unreadable) {
        const key = stored.keys[stored.documents.indexOf(bad)];
        if (key !== undefined) await s.deleteDocument(key);
      }
    }
    // Parts left by a save that was cut short (the tab closed in the middle).
    for (const o of decoded.orphans) await s.deleteParts(o.id, o.partIds);
  }
  for (const rec of decoded.documents) addStoredSlot(rec);
  simulations.load(decoded.meta.simulations ?? {});
  if (decoded.meta.strict) useView.getState().setStrict(true);
  const selection: PartRef = decoded.meta.selection ?? DOCUMENT_PART;
  if (!decoded.meta.currentId || !openAtStart(decoded.meta.currentId, selection)) adoptOpenDocument();
  checkLargeDocuments(check.deferred, new Map<AnswerFile, string>(decoded.documents.map((rec) => [rec.doc, rec.id])));
  if (decoded.unreadable.length === 0) return null;
  const n = decoded.unreadable.length;
  return backupNotice(
    `${n} saved document${n === 1 ? '' : 's'} could not be opened and ${n === 1 ? 'was' : 'were'} kept as a backup; the others are back.`,
    text,
    now,
  );
}
