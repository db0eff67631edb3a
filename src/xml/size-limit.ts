// The 32 MB limit (MAX_IMPORT_BYTES) on what CAF Studio reads and on what it writes: a file over it is refused
// before it is read, and a document it opens must be writable and open again, so one whose canonical output
// would be over it is refused when opened (the import worker, `caf format`), before the editor takes it.

import type { AnswerFile } from '../model/types.ts';
import { formatBytes, MAX_IMPORT_BYTES, twoSizes, utf8Length } from './import-limits.ts';
import type { ImportError } from './parse-types.ts';
import { toXml } from './serialize.ts';

/**
 * How much larger than its input the canonical output of a document can be, at most: a `"` in a single-quoted
 * attribute value is written `&quot;` (6 for 1), a tab `&#x9;` (5 for 1); indentation adds at most ~1 per byte
 * of a known element. An input (in UTF-8 bytes) this many times smaller than the limit needs no serializing to be sure.
 */
export const MAX_GROWTH = 8;

/** Whether the document read from `text` might be written out larger than `maxBytes` (UTF-8 bytes). */
export function mayOutgrow(text: string, maxBytes = MAX_IMPORT_BYTES): boolean {
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a text near the bound needs counting.
  return text.length * 3 * MAX_GROWTH > maxBytes && utf8Length(text) * MAX_GROWTH > maxBytes;
}

/** The refusal when `xml` (the document written out) is over `maxBytes`; `readBytes` is the file's size, for the message. */
export function writtenSizeError(xml: string, maxBytes = MAX_IMPORT_BYTES, readBytes?: number): ImportError | undefined {
  if (xml.length <= maxBytes / 3) return undefined;
  const size = utf8Length(xml);
  if (size <= maxBytes) return undefined;
  const read = readBytes === undefined ? 'The file' : `The file (${formatBytes(readBytes)})`;
  const [written, limit] = twoSizes(size, maxBytes);
  return {
    code: 'too-large',
    message: `${read} written out canonically would be ${written}, more than ${limit}, the largest file CAF Studio opens: once saved it could not be opened again. Split it into smaller answer files.`,
  };
}

/** writtenSizeError for a parsed document, serializing it only when its input might outgrow the limit. */
export function documentSizeError(doc: AnswerFile, text: string, maxBytes = MAX_IMPORT_BYTES, readBytes?: number): ImportError | undefined {
  return mayOutgrow(text, maxBytes) ? writtenSizeError(toXml(doc), maxBytes, readBytes) : undefined;
}
