// Starting saved work: the workspace read at start is loaded (load.ts), then every change is written from here
// on: the document list's changes through the workspace's sink, the open document's edits through an editor
// store subscription, both by autosave.ts, and the saved SIMs (simulations.ts) with the meta record; other tabs
// are listened to (tab-sync.ts); the page's pagehide writes what is pending; a share link opens (share-links.ts),
// also when one is pasted into this tab's address bar.

import { useEditor } from '../editor-store.ts';
import { allSlotIds, setWorkspaceSink, slotOf, useWorkspace } from '../workspace.ts';
import { openSharedFromLocation } from '../share-links.ts';
import { useSimulations } from '../simulations.ts';
import { useView } from '../view-store.ts';
import { savedCopy, setStorage } from './copies.ts';
import { flushSaves, removeStored, scheduleMeta, scheduleSave } from './autosave.ts';
import { adoptOpenDocument, loadStored } from './load.ts';
import { startStorage } from './storage-open.ts';
import { startTabSync } from './tab-sync.ts';
import { startBaselines } from './baselines-saved.ts';
import { flushHistories, startHistories } from './history-saved.ts';

let booting: Promise<void> | null = null;

/** Loads the workspace and starts autosaving. Safe to call more than once. */
export function bootWorkspace(): Promise<void> {
  booting ??= boot();
  return booting;
}

async function boot(): Promise<void> {
  const opened = await startStorage();
  if (!opened.ok) {
    adoptOpenDocument();
    useWorkspace.setState({
      notice: { kind: 'unavailable', message: `Your work cannot be saved in this browser (${opened.message}). Download it to keep it.` },
      saveState: 'memory',
    });
  } else {
    setStorage(opened.storage);
    const notice = await loadStored(opened.storage, opened.read);
    if (notice) useWorkspace.setState({ notice });
    const raw = opened.read.ok ? opened.read.raw : undefined;
    startBaselines(allSlotIds(), raw?.baselines ?? [], raw?.histories ?? []);
    startHistories();
  }
  // A new or replaced document (an import, a duplicate) is written in a task after the frame that shows it: its
  // first save (planning a record per part, the first puts) otherwise could run first and delay that frame.
  setWorkspaceSink({ changed: (id) => scheduleSave(id, 'after-paint'), removed: removeStored, metaChanged: scheduleMeta });
  useEditor.subscribe((s, prev) => {
    const id = useWorkspace.getState().currentId;
    if (s.doc !== prev.doc && slotOf(id) && s.doc !== savedCopy(id)?.doc) scheduleSave(id);
    if (s.selection !== prev.selection) scheduleMeta();
  });
  // Strict mode is kept in the meta record.
  useView.subscribe((s, prev) => {
    if (s.strict !== prev.strict) scheduleMeta();
  });
  // Saved SIMs are kept in the meta record.
  useSimulations.subscribe((s, prev) => {
    if (s.saved !== prev.saved && s.touched.size > 0) scheduleMeta();
  });
  startTabSync();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => {
      void flushSaves();
      void flushHistories();
    });
    // A share link pasted into this tab's address bar changes only the fragment: no reload happens.
    window.addEventListener('hashchange', () => void openSharedFromLocation());
  }
  useWorkspace.setState({ ready: true });
  void openSharedFromLocation();
}
