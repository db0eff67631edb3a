// The one request that opens the workspace database. main.tsx imports this module before any other, so the
// database is opening while the rest of the app's code is still being evaluated; boot then takes the same
// request instead of starting its own.

import { openStorage, type OpenResult } from '../lib/storage.ts';

let opening: Promise<OpenResult> | null = null;

/** Opens the workspace database; every call after the first returns the first call's request. */
export function openStorageOnce(): Promise<OpenResult> {
  opening ??= openStorage();
  return opening;
}
