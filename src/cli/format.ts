// `caf format FILE`: the file written back through the model (the editor's export of an unedited import).
// The file is opened as the page opens it: decoded as XML requires (decode.ts; bytes invalid in its encoding are
// refused, never replaced), and refused when written out it would be over MAX_IMPORT_BYTES. Always written as UTF-8.

import { fromXml } from '../xml/parse.ts';
import { toXml } from '../xml/serialize.ts';
import { decodeXmlFile } from '../xml/decode.ts';
import { writtenSizeError } from '../xml/size-limit.ts';
import type { ImportError } from '../xml/parse-types.ts';
import type { CliIo } from './io.ts';
import { reason, sizeRefusal } from './io.ts';

/** `maxBytes` (default MAX_IMPORT_BYTES) bounds the output as it bounds the input; tests set a small one. */
export async function runFormat(file: string, opts: { repair: boolean; maxBytes?: number }, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (e) {
    const big = sizeRefusal(e);
    if (big) return refused(file, big, '', io);
    io.err(`${file}: error unreadable cannot read the file: ${reason(e)}\n`);
    return 2;
  }
  const decoded = decodeXmlFile(bytes);
  if (!decoded.ok) return refused(file, decoded.error, '', io);
  for (const n of decoded.notes) io.err(`${file}:${n.line}:${n.column}: note ${n.message}\n`);
  let r = fromXml(decoded.text, { maxBytes: opts.maxBytes });
  if (!r.ok && r.error.repair && opts.repair) {
    for (const c of r.error.repair.changes) io.err(`${file}:${c.line}: repaired: ${c.description}\n`);
    r = fromXml(r.error.repair.text, { maxBytes: opts.maxBytes });
  }
  if (!r.ok) return refused(file, r.error, r.error.repair ? ' (a known documentation defect: run caf format --repair to fix it)' : '', io);
  const xml = toXml(r.doc);
  const tooLarge = writtenSizeError(xml, opts.maxBytes, bytes.length);
  if (tooLarge) return refused(file, tooLarge, '', io);
  io.out(xml);
  return 0;
}

function refused(file: string, error: ImportError, hint: string, io: CliIo): number {
  const at = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  io.err(`${at}: error ${error.code} ${error.message}${hint}\n`);
  return 2;
}
