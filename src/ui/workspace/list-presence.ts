// Whether the document list is open. While it is, the workspace's notice (Deleted …, Undo) shows inside the list,
// where the keyboard can reach it (the list is a modal drawer: focus stays inside it) and where it stays until
// acted on; the floating toast waits until the list closes.

import { useEffect, useSyncExternalStore } from 'react';

let openLists = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isOpen = (): boolean => openLists > 0;

/** Marks the document list open for as long as the calling component is mounted. */
export function useListPresence(): void {
  useEffect(() => {
    openLists++;
    changed();
    return () => {
      openLists--;
      changed();
    };
  }, []);
}

/** True while a document list is mounted. */
export function useListOpen(): boolean {
  return useSyncExternalStore(subscribe, isOpen, isOpen);
}
