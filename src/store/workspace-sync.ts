// Two tabs on the same documents. After each write a tab announces `{ id, revision }`; a tab whose copy has no
// unsaved edits reloads that document silently (keeping the selection), one that has edits is told and
// chooses: Reload (take theirs) or Keep mine (write mine as the newest revision). Writes compare revisions in
// storage (persistence.ts), so even a missed message never leads to a silent overwrite.

import { openChannel, type Channel } from '../lib/broadcast.ts';
import type { StoredDocument } from './persistence-records.ts';
import { record } from './history.ts';
import { dropSlot, keptSelection, sessionOf, setSession, slotOf, updateEntry, useWorkspace } from './workspace.ts';
import { addStoredSlot, hasLocalEdits, markStored, readStored, saveNow } from './persistence.ts';

export type TabMessage =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'deleted'; readonly id: string };

export const CHANNEL_NAME = 'caf-studio-workspace';

let channel: Channel<TabMessage> | null = null;

export function announce(message: TabMessage): void {
  channel?.post(message);
}

export function startSync(): void {
  channel ??= openChannel<unknown>(CHANNEL_NAME, (m) => {
    const message = asTabMessage(m);
    if (message) void receive(message);
  });
}

/** Checks a message from another tab before trusting it. */
export function asTabMessage(m: unknown): TabMessage | null {
  if (typeof m !== 'object' || m === null) return null;
  const o = m as Record<string, unknown>;
  if (typeof o.id !== 'string') return null;
  if (o.type === 'saved' && typeof o.revision === 'number') return { type: 'saved', id: o.id, revision: o.revision };
  if (o.type === 'deleted') return { type: 'deleted', id: o.id };
  return null;
}

async function receive(m: TabMessage): Promise<void> {
  const slot = slotOf(m.id);
  if (m.type === 'deleted') {
    if (!slot) return;
    if (hasLocalEdits(m.id)) useWorkspace.setState({ conflict: { id: m.id, deleted: true }, saveState: 'conflict' });
    else dropSlot(m.id);
    return;
  }
  if (slot && m.revision <= slot.revision) return;
  const rec = await readStored(m.id);
  if (rec === null || rec === 'unreadable') return;
  if (!slot) {
    // A document created in the other tab joins this tab's list.
    addStoredSlot(rec);
    return;
  }
  if (rec.revision <= slot.revision) return;
  if (hasLocalEdits(m.id)) useWorkspace.setState({ conflict: { id: m.id, deleted: false }, saveState: 'conflict' });
  else adoptStored(rec);
}

/** Takes the stored copy as this tab's document: one undo step, keeping the selection where it still exists. */
function adoptStored(rec: StoredDocument): void {
  const slot = slotOf(rec.id);
  const session = sessionOf(rec.id);
  if (!slot || !session) return;
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
    if (rec === null) dropSlot(c.id);
    else if (rec !== 'unreadable') adoptStored(rec);
  },

  /** Keeps this tab's version and writes it as the newest revision. */
  async keepMine(): Promise<void> {
    const c = useWorkspace.getState().conflict;
    const slot = c && slotOf(c.id);
    if (!c || !slot) return clearConflict();
    const rec = await readStored(c.id);
    slot.revision = rec && rec !== 'unreadable' ? rec.revision : rec === null ? 0 : slot.revision;
    slot.savedDoc = null;
    clearConflict();
    await saveNow(c.id);
  },
};
