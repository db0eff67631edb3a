// The one request that opens the workspace database, and the one read of what it holds at start.
// start-storage.ts calls startStorage() before React, MUI and the editor's modules are evaluated, so the database
// opens and is read meanwhile; boot then takes that result instead of opening and reading again (the app renders
// only once the saved work is read).

import { openStorage, type StoredRaw, type WorkspaceStorage } from '../../lib/storage.ts';

/** The stored records as read at start; a failed read is kept as a value so that boot reports it. */
export type StartRead = { readonly ok: true; readonly raw: StoredRaw } | { readonly ok: false; readonly error: unknown };

export type StartedStorage =
  | { readonly ok: true; readonly storage: WorkspaceStorage; readonly read: StartRead }
  | { readonly ok: false; readonly message: string };

let opening: Promise<StartedStorage> | null = null;

/** Opens the workspace database and reads it; every call after the first returns the first call's result. */
export function startStorage(): Promise<StartedStorage> {
  opening ??= openStorage().then(async (opened): Promise<StartedStorage> => {
    if (!opened.ok) return opened;
    const { storage } = opened;
    try {
      return { ok: true, storage, read: { ok: true, raw: await storage.readAll() } };
    } catch (error) {
      return { ok: true, storage, read: { ok: false, error } };
    }
  });
  return opening;
}
