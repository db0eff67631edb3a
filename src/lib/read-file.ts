// Reads a user-chosen file as text, decoded as XML requires (xml/decode.ts): by its byte-order mark, else the
// encoding its XML declaration names, else UTF-8; bytes invalid in that encoding refuse the file. A file over
// MAX_IMPORT_BYTES is refused without being read.

import { decodeXmlFile, type DecodedXml } from '../xml/decode.ts';
import { fileSizeError, MAX_IMPORT_BYTES } from '../xml/import-limits.ts';

export async function readTextFile(file: Blob, maxBytes = MAX_IMPORT_BYTES): Promise<DecodedXml> {
  const tooLarge = fileSizeError(file.size, maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  return decodeXmlFile(new Uint8Array(await file.arrayBuffer()));
}
