// A backup of saved data that could not be used, as JSON text the user can download, and the notice that
// offers it.

import type { Notice } from '../workspace.ts';

/** A backup of unreadable data as JSON text the user can download (values JSON cannot hold are described). */
export function backupText(reason: string, data: unknown, at: number): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(
      { savedBy: 'CAF Studio', reason, backedUpAt: new Date(at).toISOString(), data },
      (_k, v: unknown) => {
        if (typeof v === 'bigint') return v.toString();
        if (typeof v === 'function' || typeof v === 'symbol') return String(v);
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[circular]';
          seen.add(v);
        }
        return v;
      },
      2,
    );
  } catch (e) {
    return JSON.stringify({ savedBy: 'CAF Studio', reason, error: String(e), data: String(data) });
  }
}

/** The notice offering `text` as a download named after the moment it was made. */
export function backupNotice(message: string, text: string, now: number): Notice {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return { kind: 'backup', message, text, fileName: `caf-studio-backup-${stamp}.json` };
}
