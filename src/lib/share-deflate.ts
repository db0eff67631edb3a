// The deflating behind a share link's size check, as messages: the same code answers them in the share worker
// (share-deflate-worker.ts) and on the page when no worker runs (share-deflater.ts). fflate's synchronous and
// streaming API only: its async API starts workers from blob URLs, which the page's Content-Security-Policy forbids.

import { Deflate, deflateSync } from 'fflate';

/** Compression level of every share link. */
export const SHARE_LEVEL = 9;

export type DeflateRequest =
  /** Deflate `data` in one go (the link's own bytes: the same as deflateSync). */
  | { readonly id: number; readonly kind: 'whole'; readonly data: Uint8Array }
  /** The next piece of stream `id` (opened by its first piece); the reply says how long the output is so far. */
  | { readonly id: number; readonly kind: 'chunk'; readonly data: Uint8Array; readonly final: boolean }
  /** Stream `id` is no longer needed. */
  | { readonly id: number; readonly kind: 'end' };

export type DeflateReply =
  | { readonly id: number; readonly kind: 'whole'; readonly deflated: Uint8Array }
  | { readonly id: number; readonly kind: 'chunk'; readonly length: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** Answers deflate requests; holds the open streams. */
export class DeflateDesk {
  private readonly streams = new Map<number, { readonly stream: Deflate; length: number }>();

  handle(req: DeflateRequest): DeflateReply | null {
    try {
      switch (req.kind) {
        case 'whole':
          return { id: req.id, kind: 'whole', deflated: deflateSync(req.data, { level: SHARE_LEVEL }) };
        case 'chunk':
          return { id: req.id, kind: 'chunk', length: this.push(req.id, req.data, req.final) };
        case 'end':
          this.streams.delete(req.id);
          return null;
      }
    } catch (e) {
      this.streams.delete(req.id);
      return { id: req.id, kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }

  private push(id: number, data: Uint8Array, final: boolean): number {
    let open = this.streams.get(id);
    if (!open) {
      const fresh = { stream: new Deflate({ level: SHARE_LEVEL }, (chunk) => (fresh.length += chunk.length)), length: 0 };
      open = fresh;
      this.streams.set(id, open);
    }
    open.stream.push(data, final);
    if (final) this.streams.delete(id);
    return open.length;
  }
}
