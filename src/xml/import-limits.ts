// Limits applied to untrusted input before any parsing. One place, so the UI, the CLI and the messages
// all state the same numbers.

import type { ImportError } from './parse-types.ts';

/**
 * Largest file CAF Studio imports: 32 MB. Real answer files are a few kB; 1000 variants are ~2.3 MB, and a
 * 20 MB fleet file must open (large files are parsed in a Web Worker, with progress).
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/**
 * Deepest element nesting opened: 256 levels (libxml2's default). The schema's deepest answer file is 6 levels;
 * only unknown elements nest further, and the imaging tool refuses those anyway.
 */
export const MAX_DEPTH = 256;

/** Most attributes on one start tag (answer-file elements have at most 6). */
export const MAX_ATTRIBUTES = 1024;

/** Longest element, attribute or processing-instruction name, in characters. */
export const MAX_NAME_CHARS = 1024;

/**
 * Longest attribute value, text run, comment, CDATA section or processing instruction opened: 1,048,576 characters.
 * Answer-file values are short (a certificate in base64 is a few kB); a 10 MB value froze the page for seconds
 * at every open and reload (validated, drawn, saved and diffed as one string).
 */
export const MAX_VALUE_CHARS = 1024 * 1024;

/** Kept-but-not-understood nodes listed one by one in an import report; the rest are counted in one summary line. */
export const MAX_REPORTED_NOTES = 200;

/** "32 MB" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** Anything but printable ASCII and XML white space (other characters are counted one by one). */
const NON_ASCII = /[^\t\n\r -~]/;

/** Two sizes for a message, in bytes when rounding would make them read the same ("32 MB, larger than 32 MB"). */
export function twoSizes(size: number, limit: number): [string, string] {
  const [a, b] = [formatBytes(size), formatBytes(limit)];
  return a === b ? [`${size} bytes`, `${limit} bytes`] : [a, b];
}

/**
 * The refusal of a file of `size` bytes, over `maxBytes`, before reading it; `size` undefined: a file that grew past
 * the limit while it was read (the CLI's capped read stops there).
 */
export function fileSizeError(size: number | undefined, maxBytes = MAX_IMPORT_BYTES): ImportError | undefined {
  if (size !== undefined && size <= maxBytes) return undefined;
  const [file, limit] = size === undefined ? [`more than ${formatBytes(maxBytes)}`, formatBytes(maxBytes)] : twoSizes(size, maxBytes);
  const how = size === undefined ? 'it grew while it was read and reading stopped there' : 'it was not read';
  return { code: 'too-large', message: `The file is ${file}, larger than ${limit}, the largest file CAF Studio opens; ${how}.` };
}

/**
 * UTF-8 length of a string without allocating an encoded copy (the text may be large).
 * A lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder would write it.
 */
export function utf8Length(text: string): number {
  // The ASCII start is one byte a character: a regular-expression scan finds its end ten times faster than the loop.
  const ascii = text.search(NON_ASCII);
  if (ascii < 0) return text.length;
  let n = ascii;
  for (let i = ascii; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
