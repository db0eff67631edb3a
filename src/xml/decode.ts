// Bytes of an answer file to text, the way the imaging tool reads them (File.OpenText: a StreamReader that
// defaults to UTF-8 and switches on a byte-order mark). The XML declaration's encoding is not consulted, as the
// tool does not: a UTF-16 file without a BOM is read as UTF-8 and fails, and a UTF-8 file declaring "utf-16" is fine.
// Invalid byte sequences become U+FFFD (the tool goes on with them); an incomplete sequence at the very end of the
// file is dropped, as the tool's reader never flushes its decoder.
// The CLI, the import worker and the page's file reading share it.

export type AnswerFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: AnswerFileEncoding;
  /** True when the file starts with a byte-order mark (not part of `text`). */
  readonly bom: boolean;
  /** Where the first invalid byte sequence stands in `text` (1-based), when some were replaced by U+FFFD. */
  readonly invalid?: { readonly line: number; readonly column: number };
  /** Set when the bytes look like UTF-16 or UTF-32 without a byte-order mark, which the tool reads as UTF-8. */
  readonly unmarkedWide?: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
}

/** The encoding a byte-order mark announces, and its length; UTF-8 without one. StreamReader's order. */
export function sniffBom(b: Uint8Array): { readonly encoding: AnswerFileEncoding; readonly length: number } {
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return b.length >= 4 && b[2] === 0 && b[3] === 0 ? { encoding: 'utf-32le', length: 4 } : { encoding: 'utf-16le', length: 2 };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  return { encoding: 'utf-8', length: 0 };
}

/** `<?` or `<I` (or any ASCII start) written in a wide encoding without a mark. */
function unmarkedWide(b: Uint8Array): DecodedFile['unmarkedWide'] {
  if (b.length < 4) return undefined;
  const lt = 0x3c;
  if (b[0] === lt && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === lt) return 'utf-32be';
  if (b[0] === lt && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === lt && b[2] === 0 && b[3] !== 0) return 'utf-16be';
  return undefined;
}

const REPLACEMENT = 0xfffd;

/** UTF-32 by hand (TextDecoder has no UTF-32): surrogates and code points above U+10FFFF become U+FFFD. */
function decodeUtf32(b: Uint8Array, littleEndian: boolean): { text: string; firstInvalid: number } {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const units = Math.floor(b.byteLength / 4); // a partial unit at the end is dropped
  const parts: string[] = [];
  let chunk: number[] = [];
  let length = 0;
  let firstInvalid = -1;
  for (let i = 0; i < units; i++) {
    let cp = view.getUint32(i * 4, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (firstInvalid < 0) firstInvalid = length;
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
  return { text: parts.join(''), firstInvalid };
}

/** Decodes without flushing, so an incomplete sequence at the end is dropped; finds the first replacement. */
function decodeStandard(b: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): { text: string; firstInvalid: number } {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(b, { stream: true });
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b, { stream: true });
    return { text, firstInvalid: -1 };
  } catch {
    // The first U+FFFD the lenient decoder wrote; a genuine U+FFFD earlier in the file would be taken for it.
    return { text, firstInvalid: text.indexOf(String.fromCharCode(REPLACEMENT)) };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function decodeAnswerFile(bytes: Uint8Array): DecodedFile {
  const { encoding, length } = sniffBom(bytes);
  const body = bytes.subarray(length);
  const { text, firstInvalid } =
    encoding === 'utf-32le' || encoding === 'utf-32be' ? decodeUtf32(body, encoding === 'utf-32le') : decodeStandard(body, encoding);
  const wide = length === 0 ? unmarkedWide(bytes) : undefined;
  return {
    text,
    encoding,
    bom: length > 0,
    ...(firstInvalid >= 0 ? { invalid: lineColumn(text, firstInvalid) } : {}),
    ...(wide ? { unmarkedWide: wide } : {}),
  };
}

const NAMES: Record<AnswerFileEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
};

export function encodingName(e: AnswerFileEncoding): string {
  return NAMES[e];
}
