// The offline app's updates (issue 23): registers the service worker that vite-plugin-pwa builds (vite.config.ts),
// and says when a new build is waiting. Nothing reloads the page unless the user asks: the waiting worker takes
// over only after Reload in the prompt (UpdatePrompt.tsx), and only once the open documents are saved. A tab whose
// worker was replaced from another tab is told so, and keeps running until the user reloads it.

/// <reference types="vite-plugin-pwa/vanillajs" />
import { useSyncExternalStore } from 'react';
import { flushSaves } from '../../store/saved/autosave.ts';

/** 'waiting': a new build is installed and waits for Reload; 'replaced': another tab switched to it. */
export type UpdateState = 'none' | 'waiting' | 'replaced';

let state: UpdateState = 'none';
const listeners = new Set<() => void>();
let update: ((reload?: boolean) => Promise<void>) | undefined;
/** This tab asked for the new build: reload once it has taken over. */
let requested = false;

function set(next: UpdateState): void {
  state = next;
  for (const l of listeners) l();
}

/** Registers the service worker (once; after the page's load event). Not in dev, where there is none. */
export async function startAppUpdates(): Promise<void> {
  if (update || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    onNeedRefresh: () => set('waiting'),
    // Called instead of the library's own reload when the new worker takes over this tab.
    onNeedReload: () => {
      if (requested) window.location.reload();
      else set('replaced');
    },
  });
}

/** The user chose Reload: save what is open, then let the new build take over (the page reloads when it has). */
export async function reloadToUpdate(): Promise<void> {
  await flushSaves();
  if (state === 'waiting' && update) {
    requested = true;
    await update(true);
  } else {
    window.location.reload();
  }
}

/** Hides the prompt until the next update; the new build stays waiting. */
export function dismissUpdate(): void {
  set('none');
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
