// The import worker: reads, decodes and parses a large answer file off the main thread, reporting progress,
// and sends the document back in batches (parse-transfer.ts) with each part's XML already serialized. The parsing itself is fromXml, unchanged.

import { counterKeys } from '../model/ids.ts';
import { decodeAnswerFile } from './decode.ts';
import { fromXml } from './parse.ts';
import { docMessages, PartBatcher, type ParseMessage, type ParseRequest, type WarmUpRequest } from './parse-transfer.ts';
import { warmUp } from './parse-warm-up.ts';

const post = (m: ParseMessage) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<ParseRequest | WarmUpRequest>) => {
  if ('warmUp' in e.data) {
    warmUp();
    return;
  }
  const req = e.data;
  let text = req.text;
  if (text === undefined) {
    const size = req.file?.size ?? 0;
    post({ type: 'progress', phase: 'read', done: 0, total: size });
    try {
      text = decodeAnswerFile(new Uint8Array(await req.file!.arrayBuffer())).text;
    } catch (err) {
      post({ type: 'refused', error: { code: 'not-well-formed', message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}` } });
      return;
    }
  }
  let last = 0;
  // Targets and variants go to the page while the rest is parsed (a refusal afterwards makes it drop them).
  const batcher = new PartBatcher(post);
  const result = fromXml(text, {
    onPart: batcher.part,
    keys: counterKeys(req.keyPrefix),
    maxBytes: req.maxBytes,
    positions: false,
    onProgress: (done, total) => {
      // A repair retry parses again from the start; progress never goes backwards.
      if (done < last) return;
      last = done;
      post({ type: 'progress', phase: 'parse', done, total });
    },
  });
  if (!result.ok) {
    post({ type: 'refused', error: result.error });
    return;
  }
  batcher.flush();
  // The parts' XML follows, so the page's first serialization is a join (parse-transfer.ts).
  for (const m of docMessages(result.doc, result.report, true, true)) post(m);
};
