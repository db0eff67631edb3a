// Deflating for the share-size check without blocking the page: in the share worker, a module worker loaded from
// the page's origin (as the parse worker is), or, where no worker runs (Vitest, a blocked worker), on the page
// with a pause between the pieces of a stream. Both answer with the same code (share-deflate.ts).

import { DeflateDesk, type DeflateReply, type DeflateRequest } from './share-deflate.ts';

export interface DeflateStream {
  /** Deflates the next piece; resolves with the length of the output so far. Rejects when the deflater fails. */
  push(data: Uint8Array, final: boolean): Promise<number>;
  /** Releases the stream (done, or no longer needed). */
  end(): void;
}

export interface Deflater {
  /** `data` deflated in one go (deflateSync at the share level). `data` may be handed over (detached). */
  whole(data: Uint8Array): Promise<Uint8Array>;
  stream(): DeflateStream;
}

/** Where requests go and replies come from: the share worker, or a stand-in in tests. */
export interface DeflatePort {
  post(req: DeflateRequest, transfer: Transferable[]): void;
  /** `onReply` for each reply; `onBroken` once, when the port can answer nothing more (the worker failed). */
  listen(onReply: (r: DeflateReply) => void, onBroken: () => void): void;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function replyOf<K extends DeflateReply['kind']>(r: DeflateReply | null, kind: K): Extract<DeflateReply, { kind: K }> {
  if (r && r.kind === kind) return r as Extract<DeflateReply, { kind: K }>;
  throw new Error(r && r.kind === 'failed' ? r.message : 'The deflater gave no answer.');
}

/** Deflates on the page, pausing (a macrotask by default) before each piece of a stream. */
export function pageDeflater(pause: () => Promise<void> = macrotask): Deflater {
  const desk = new DeflateDesk();
  let ids = 0;
  return {
    whole: async (data) => replyOf(desk.handle({ id: ++ids, kind: 'whole', data }), 'whole').deflated,
    stream() {
      const id = ++ids;
      return {
        async push(data, final) {
          await pause();
          return replyOf(desk.handle({ id, kind: 'chunk', data, final }), 'chunk').length;
        },
        end: () => void desk.handle({ id, kind: 'end' }),
      };
    },
  };
}

/** Deflates through `port`; every request waiting when it breaks is rejected, and every later one too. */
export function portDeflater(port: DeflatePort): Deflater & { readonly broken: () => boolean } {
  const waiting = new Map<number, { resolve: (r: DeflateReply) => void; reject: (e: Error) => void }>();
  let broken = false;
  let ids = 0;
  port.listen(
    (r) => {
      const w = waiting.get(r.id);
      waiting.delete(r.id);
      w?.resolve(r);
    },
    () => {
      broken = true;
      for (const w of waiting.values()) w.reject(new Error('The share worker stopped.'));
      waiting.clear();
    },
  );
  const ask = (req: DeflateRequest, transfer: Transferable[]): Promise<DeflateReply> => {
    if (broken) return Promise.reject(new Error('The share worker stopped.'));
    return new Promise((resolve, reject) => {
      waiting.set(req.id, { resolve, reject });
      port.post(req, transfer);
    });
  };
  return {
    broken: () => broken,
    whole: async (data) => replyOf(await ask({ id: ++ids, kind: 'whole', data }, [data.buffer]), 'whole').deflated,
    stream() {
      const id = ++ids;
      let ended = false;
      return {
        push: async (data, final) => {
          const r = replyOf(await ask({ id, kind: 'chunk', data, final }, [data.buffer]), 'chunk');
          if (final) ended = true;
          return r.length;
        },
        end() {
          if (ended || broken) return;
          ended = true;
          port.post({ id, kind: 'end' }, []);
        },
      };
    },
  };
}

function workerPort(): DeflatePort | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./share-deflate-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return {
    post: (req, transfer) => worker.postMessage(req, transfer),
    listen(onReply, onBroken) {
      worker.onmessage = (e: MessageEvent<DeflateReply>) => onReply(e.data);
      const fail = (e: Event) => {
        e.preventDefault();
        worker.terminate();
        onBroken();
      };
      worker.onerror = fail;
      worker.onmessageerror = fail;
    },
  };
}

let shared: (Deflater & { readonly broken: () => boolean }) | null = null;

/** The share worker's deflater (started on first use and kept), or the page's when no worker runs. */
export function shareDeflater(): Deflater {
  if (shared && !shared.broken()) return shared;
  if (shared) return pageDeflater(); // the worker failed once: it is not started again
  const port = workerPort();
  if (!port) return pageDeflater();
  shared = portDeflater(port);
  return shared;
}
