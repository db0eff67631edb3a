// What an error caught by a fault boundary is, in words a user can act on. A part of the app that fails to load
// (a lazily loaded chunk: the tab was left open across a new deployment, whose files have other names) is not a
// fault of the document: it says so and asks for a reload. Pure: no React.

/** Browsers' messages for a dynamic import whose module could not be fetched, and Vite's for a preload. */
const CHUNK_LOAD = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite
  /Loading (?:CSS )?chunk \S+ failed/i,
];

/** True when `error` says a part of the app's code could not be loaded (not that it failed while running). */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_LOAD.some((re) => re.test(error.message));
}

/** The error's message, one line of at most 300 characters (an error may carry a whole text). */
export function faultMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message || error.name : String(error);
  const line = raw.replace(/\s+/g, ' ').trim() || 'unknown error';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** Whether the work is in the browser's storage, as the workspace's save state says. */
export function workIsSaved(saveState: string): boolean {
  return saveState === 'saved' || saveState === 'pending';
}

/** The message for code that could not be loaded. */
export function updatedMessage(saved: boolean): string {
  return saved
    ? 'CAF Studio was updated since this tab opened; reload to get the new version — your work is saved.'
    : 'CAF Studio was updated since this tab opened; reload to get the new version. Your latest changes are not saved in this browser: download your document first.';
}
