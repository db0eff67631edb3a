// The character encodings an answer file may be in: byte-order marks, encoding labels, and decoders that say where
// the first byte they cannot decode stands. decode.ts (as XML requires) and tool-reading.ts (as the imaging tool
// reads) are built from these.

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a byte-order mark announces, and its length; UTF-8 without one. StreamReader's order. */
export function sniffBom(b: Uint8Array): { readonly encoding: UnicodeEncoding; readonly length: number } {
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return b.length >= 4 && b[2] === 0 && b[3] === 0 ? { encoding: 'utf-32le', length: 4 } : { encoding: 'utf-16le', length: 2 };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  return { encoding: 'utf-8', length: 0 };
}

/** `<?` or `<I` (or any ASCII start) written in a wide encoding without a mark. */
export function unmarkedWide(b: Uint8Array): Exclude<UnicodeEncoding, 'utf-8'> | undefined {
  if (b.length < 4) return undefined;
  const lt = 0x3c;
  if (b[0] === lt && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === lt) return 'utf-32be';
  if (b[0] === lt && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === lt && b[2] === 0 && b[3] !== 0) return 'utf-16be';
  return undefined;
}

const NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'iso-8859-1': 'ISO-8859-1',
  'us-ascii': 'US-ASCII',
  'windows-1252': 'Windows-1252',
};

/** "UTF-16 LE", "ISO-8859-1", or the WHATWG name of another encoding. */
export function encodingName(e: string): string {
  return NAMES[e] ?? e.toUpperCase();
}

/**
 * What an encoding label in an XML declaration means here. WHATWG's TextDecoder takes 'iso-8859-1', 'latin1' and
 * 'us-ascii' for windows-1252, so true Latin-1 (every byte its code point) and US-ASCII are told apart first.
 */
export type Charset =
  | { readonly kind: 'utf-8' }
  /** UTF-16 or UTF-32: only a byte-order mark can say which, and XML requires one. */
  | { readonly kind: 'wide'; readonly name: string }
  | { readonly kind: 'iso-8859-1' }
  | { readonly kind: 'us-ascii' }
  | { readonly kind: 'windows-1252' }
  /** Another encoding TextDecoder knows, by its WHATWG name. */
  | { readonly kind: 'whatwg'; readonly encoding: string };

const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'latin1', 'l1', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1']);
const ASCII = new Set(['us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us', 'cp367', 'ibm367', 'csascii']);
const UTF32 = new Set(['utf-32', 'utf-32le', 'utf-32be', 'ucs-4', 'iso-10646-ucs-4']);

/** The charset a label names, or undefined when it names none CAF Studio can decode. */
export function charsetOf(label: string): Charset | undefined {
  const l = label.trim().toLowerCase();
  if (LATIN1.has(l)) return { kind: 'iso-8859-1' };
  if (ASCII.has(l)) return { kind: 'us-ascii' };
  if (UTF32.has(l)) return { kind: 'wide', name: label };
  let encoding: string;
  try {
    encoding = new TextDecoder(l).encoding; // RangeError for an unknown label and for the 'replacement' ones
  } catch {
    return undefined;
  }
  if (encoding === 'utf-8') return { kind: 'utf-8' };
  if (encoding === 'windows-1252') return { kind: 'windows-1252' };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { kind: 'wide', name: label };
  return { kind: 'whatwg', encoding };
}

/** The first byte that is not valid in a decoding, where it stands, and the bytes to name in a message. */
export interface BadBytes {
  /** Offset in the decoded bytes. */
  readonly offset: number;
  readonly bytes: readonly number[];
  /** Whether the sequence is cut off by the end of the file. */
  readonly atEnd?: boolean;
}

/** The first ill-formed UTF-8 sequence (WHATWG's maximal subpart: the lead byte and the byte that broke it). */
export function firstInvalidUtf8(b: Uint8Array): BadBytes | undefined {
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return { offset: i, bytes: [c] };
    for (let j = 1; j <= need; j++) {
      if (i + j >= n) return { offset: i, bytes: [...b.subarray(i, n)], atEnd: true };
      const d = b[i + j];
      if (d < lo || d > hi) return { offset: i, bytes: [...b.subarray(i, i + j + 1)] };
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return undefined;
}

/** The first unpaired surrogate (or an odd byte at the end) of UTF-16 bytes. */
export function firstInvalidUtf16(b: Uint8Array, littleEndian: boolean): BadBytes | undefined {
  const unit = (i: number) => (littleEndian ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  const end = b.length - (b.length % 2);
  for (let i = 0; i < end; i += 2) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 2 < end) {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    return { offset: i, bytes: [b[i], b[i + 1]] };
  }
  return end < b.length ? { offset: end, bytes: [b[end]], atEnd: true } : undefined;
}

const REPLACEMENT = 0xfffd;

/** UTF-32 by hand (TextDecoder has no UTF-32): surrogates and code points above U+10FFFF become U+FFFD. */
export function decodeUtf32(b: Uint8Array, littleEndian: boolean): { text: string; firstInvalid: number; bad?: BadBytes } {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const units = Math.floor(b.byteLength / 4); // a partial unit at the end is dropped
  const parts: string[] = [];
  let chunk: number[] = [];
  let length = 0;
  let firstInvalid = -1;
  let bad: BadBytes | undefined;
  for (let i = 0; i < units; i++) {
    let cp = view.getUint32(i * 4, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (firstInvalid < 0) {
        firstInvalid = length;
        bad = { offset: i * 4, bytes: [...b.subarray(i * 4, i * 4 + 4)] };
      }
      cp = REPLACEMENT;
    }
    chunk.push(cp);
    length += cp > 0xffff ? 2 : 1;
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  if (!bad && units * 4 < b.byteLength) bad = { offset: units * 4, bytes: [...b.subarray(units * 4)], atEnd: true };
  return { text: parts.join(''), firstInvalid, ...(bad ? { bad } : {}) };
}

/** The first byte above 0x7F, or -1. */
export function firstNonAscii(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return i;
  return -1;
}

/** 1-based line and column of a UTF-16 offset; CRLF, CR and LF each end a line, as XML reads them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** "0xE9 0x74" */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((x) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}
