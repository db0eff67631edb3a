// Holds what the page's workers send it until the test lets it through, so that what the page shows while a file
// is being opened (the progress dialog, the preview waiting for the XML) stays on screen until the test has seen it,
// on a fast machine as on a busy one. The app is not changed: the page's `onmessage` handlers of its workers are
// wrapped (through Worker.prototype, so a worker started before this call is held too); the worker itself runs as
// always, and its messages reach the app in their order once released.

import type { Page } from '@playwright/test';

export interface HeldMessages {
  /**
   * Lets the held messages through, and those still to come; with `upTo`, only up to and including the first
   * message of that type (`{ type }` as the import worker sends them), holding the rest again.
   */
  release(upTo?: string): Promise<void>;
}

/** From now on, every message a worker sends to the page waits until `release`. */
export async function holdWorkerMessages(page: Page): Promise<HeldMessages> {
  await page.evaluate(() => {
    interface Held {
      readonly type: unknown;
      readonly deliver: () => void;
    }
    const gate = { open: false, upTo: undefined as string | undefined, queue: [] as Held[] };
    const pass = (m: Held) => {
      if (!gate.open) return gate.queue.push(m);
      m.deliver();
      if (gate.upTo !== undefined && m.type === gate.upTo) gate.open = false;
    };
    const drain = () => {
      while (gate.open && gate.queue.length > 0) pass(gate.queue.shift()!);
    };
    (window as unknown as { __releaseWorkerMessages: (upTo?: string) => void }).__releaseWorkerMessages = (upTo) => {
      gate.open = true;
      gate.upTo = upTo;
      drain();
    };
    const own = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
    if (!own?.set || !own.get) throw new Error('Worker.prototype.onmessage is not an accessor here: the hold cannot be installed');
    const wrapped = new WeakMap<object, unknown>();
    Object.defineProperty(Worker.prototype, 'onmessage', {
      configurable: true,
      enumerable: own.enumerable,
      get(this: Worker) {
        return wrapped.get(this) ?? own.get!.call(this);
      },
      set(this: Worker, handler: ((e: MessageEvent) => void) | null) {
        wrapped.set(this, handler);
        own.set!.call(
          this,
          handler && ((e: MessageEvent) => pass({ type: (e.data as { type?: unknown } | null)?.type, deliver: () => handler.call(this, e) })),
        );
      },
    });
  });
  return {
    release: (upTo) => page.evaluate((u) => (window as unknown as { __releaseWorkerMessages: (upTo?: string) => void }).__releaseWorkerMessages(u), upTo),
  };
}
