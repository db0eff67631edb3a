// Which setting the help pane describes: the entry that last had the focus (EntryRow publishes itself while it is
// the subject, and withdraws when it goes away). The help lives in a pane of its own under the form
// (SettingHelpDock) instead of under the row: opening it never moves the rows the pointer is over. UI state only,
// so a module-level value with useSyncExternalStore, not a store of src/store.

import { useSyncExternalStore } from 'react';
import type { CatalogSetting } from '../../model/catalog/types.ts';

export interface HelpSubject {
  /** The entry's key: unique in the document. */
  readonly key: string;
  readonly setting: CatalogSetting | undefined;
  readonly name: string;
  /** The entry row's test id; the help carries `${testId}-help`. */
  readonly testId: string;
}

let subject: HelpSubject | null = null;
const listeners = new Set<() => void>();

function set(next: HelpSubject | null) {
  subject = next;
  for (const l of listeners) l();
}

const same = (a: HelpSubject | null, b: HelpSubject) => !!a && a.key === b.key && a.setting === b.setting && a.name === b.name && a.testId === b.testId;

/** Makes `next` the entry the help describes. */
export function showHelp(next: HelpSubject): void {
  if (!same(subject, next)) set(next);
}

/** Clears the help if it still describes `key`. */
export function withdrawHelp(key: string): void {
  if (subject?.key === key) set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The help's subject, or what `select` makes of it; re-renders when that changes. */
export function useHelpSubject<T>(select: (s: HelpSubject | null) => T): T {
  return useSyncExternalStore(subscribe, () => select(subject));
}
