// Two tabs on the same documents (messages: tab-channel.ts). A tab whose copy has no unsaved edits takes a
// document another tab saved silently (keeping the selection); one that has edits is told and chooses: Reload
// (take theirs) or Keep mine (write mine as the newest revision). Writes compare revisions in storage
// (autosave.ts), so even a missed message never leads to a silent overwrite.

import { record } from '../history.ts';
import { dropSlot, keptSelection, sessionOf, setSession, slotOf, updateEntry, useWorkspace } from '../workspace.ts';
import { forgetCopy, markStored, readStored, rebase, savedCopy } from './copies.ts';
import { hasLocalEdits, saveNow } from './autosave.ts';
import { addStoredSlot } from './load.ts';
import type { StoredDocument } from './records.ts';
import { listenToTabs, type TabMessage } from './tab-channel.ts';

export function startTabSync(): void {
  listenToTabs((m) => void receive(m));
}

function conflict(id: string, deleted: boolean): void {
  useWorkspace.setState({ conflict: { id, deleted }, saveState: 'conflict' });
}

/** The document left the list because another tab deleted it. */
function dropDeleted(id: string): void {
  dropSlot(id);
  forgetCopy(id);
}

async function receive(m: TabMessage): Promise<void> {
  const known = !!slotOf(m.id);
  if (m.type === 'deleted') {
    if (!known) return;
    if (hasLocalEdits(m.id)) conflict(m.id, true);
    else dropDeleted(m.id);
    return;
  }
  if (known && m.revision <= (savedCopy(m.id)?.revision ?? 0)) return;
  const rec = await readStored(m.id);
  if (rec === null || rec === 'unreadable') return;
  // A document created in the other tab joins this tab's list.
  if (!known) return addStoredSlot(rec);
  if (rec.revision <= (savedCopy(m.id)?.revision ?? 0)) return;
  if (hasLocalEdits(m.id)) conflict(m.id, false);
  else adoptStored(rec);
}

/** Takes the stored copy as this tab's document: one undo step, keeping the selection where it still exists. */
function adoptStored(rec: StoredDocument): void {
  const session = sessionOf(rec.id);
  if (!slotOf(rec.id) || !session) return;
  // Mark it saved first, so that the editor-store subscriber does not write it back.
  markStored(rec);
  updateEntry(rec.id, { name: rec.name, owner: rec.owner, updatedAt: rec.updatedAt });
  if (session.doc === rec.doc) return;
  setSession(rec.id, {
    doc: rec.doc,
    selection: keptSelection(rec.doc, session.selection),
    history: record(session.history, { doc: session.doc, selection: session.selection, label: 'Changes from another tab' }),
  });
}

function clearConflict(): void {
  useWorkspace.setState({ conflict: null, saveState: 'saved' });
}

export const conflictActions = {
  /** Takes the other tab's version (or its deletion). */
  async reload(): Promise<void> {
    const c = useWorkspace.getState().conflict;
    if (!c) return;
    const rec = await readStored(c.id);
    clearConflict();
    if (rec === null) dropDeleted(c.id);
    else if (rec !== 'unreadable') adoptStored(rec);
  },

  /** Keeps this tab's version and writes it as the newest revision. */
  async keepMine(): Promise<void> {
    const c = useWorkspace.getState().conflict;
    if (!c || !slotOf(c.id)) return clearConflict();
    const rec = await readStored(c.id);
    rebase(c.id, rec && rec !== 'unreadable' ? rec.revision : rec === null ? 0 : (savedCopy(c.id)?.revision ?? 0));
    clearConflict();
    await saveNow(c.id);
  },
};
