// The import worker: reads, decodes and parses a large answer file off the main thread, reporting progress,
// and sends the document back in batches (parse-transfer.ts) with each part's XML already serialized. The parsing itself is fromXml, unchanged.

import { counterKeys } from '../model/ids.ts';
import { decodeXmlFile } from './decode.ts';
import { MAX_IMPORT_BYTES } from './import-limits.ts';
import { fileSizeError } from './import-limits.ts';
import { documentSizeError } from './size-limit.ts';
import { fromXml } from './parse.ts';
import type { ImportNote } from './parse-types.ts';
import { docMessages, PartBatcher, type ParseMessage, type ParseRequest, type WarmUpRequest } from './parse-transfer.ts';
import { warmUp } from './parse-warm-up.ts';
import { layoutText } from './layout/layout-text.ts';

const post = (m: ParseMessage) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<ParseRequest | WarmUpRequest>) => {
  if ('warmUp' in e.data) {
    warmUp();
    return;
  }
  const req = e.data;
  let text = req.text;
  /** The text as the document's layout keeps it (layout/layout-text.ts). */
  let source = text;
  const maxBytes = req.maxBytes ?? MAX_IMPORT_BYTES;
  // What decoding says about the file's encoding goes first in the import report.
  let encodingNotes: readonly ImportNote[] = [];
  if (text === undefined) {
    const size = req.file?.size ?? 0;
    const tooLarge = fileSizeError(size, maxBytes);
    if (tooLarge) {
      post({ type: 'refused', error: tooLarge });
      return;
    }
    post({ type: 'progress', phase: 'read', done: 0, total: size });
    try {
      const decoded = decodeXmlFile(new Uint8Array(await req.file!.arrayBuffer()));
      if (!decoded.ok) {
        post({ type: 'refused', error: decoded.error });
        return;
      }
      text = decoded.text;
      source = layoutText(decoded);
      encodingNotes = decoded.notes;
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
    maxBytes,
    positions: false,
    onProgress: (done, total) => {
      // A repair retry parses again from the start; progress never goes backwards.
      if (done < last) return;
      last = done;
      post({ type: 'progress', phase: 'parse', done, total });
    },
  });
  // A document that could not be opened again once written out is refused too (size-limit.ts).
  const tooLarge = result.ok ? documentSizeError(result.doc, text, maxBytes, req.file?.size) : undefined;
  if (!result.ok || tooLarge) {
    post({ type: 'refused', error: result.ok ? tooLarge! : result.error });
    return;
  }
  batcher.flush();
  // The parts' XML follows, so the page's first serialization is a join (parse-transfer.ts).
  const report = encodingNotes.length > 0 ? [...encodingNotes, ...result.report] : result.report;
  for (const m of docMessages(result.doc, report, true, true, source)) post(m);
};
