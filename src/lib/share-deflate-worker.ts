// The share worker: deflates for the share-size check off the page (share-deflate.ts answers the requests).
// Loaded from the page's origin as a module worker.

import { DeflateDesk, type DeflateReply, type DeflateRequest } from './share-deflate.ts';

const desk = new DeflateDesk();

self.onmessage = (e: MessageEvent<DeflateRequest>) => {
  const reply: DeflateReply | null = desk.handle(e.data);
  if (!reply) return;
  if (reply.kind === 'whole') self.postMessage(reply, { transfer: [reply.deflated.buffer] });
  else self.postMessage(reply);
};
