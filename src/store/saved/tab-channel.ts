// The channel between tabs on the same documents: after each write a tab announces `{ id, revision }`, after a
// delete `{ id }`. Messages come from another page and are checked before they are trusted. What a tab does on
// a message is tab-sync.ts's job.

import { openChannel, type Channel } from '../../lib/broadcast.ts';

export type TabMessage =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'deleted'; readonly id: string };

export const CHANNEL_NAME = 'caf-studio-workspace';

let channel: Channel<TabMessage> | null = null;

export function announce(message: TabMessage): void {
  channel?.post(message);
}

/** Opens the channel (once); `receive` gets each well-formed message from another tab. */
export function listenToTabs(receive: (message: TabMessage) => void): void {
  channel ??= openChannel<unknown>(CHANNEL_NAME, (m) => {
    const message = asTabMessage(m);
    if (message) receive(message);
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
