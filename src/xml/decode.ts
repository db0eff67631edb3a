// Bytes of an answer file to text, as XML requires (XML 1.0, appendix F): a byte-order mark first (UTF-8, UTF-16,
// UTF-32); without one, the encoding the XML declaration names; else UTF-8. Never a replaced character: bytes
// that are not valid in the encoding are refused with their line and column. The page's import and `caf format`
// open files with it; `caf check` reads as the imaging tool does instead (tool-reading.ts).
// Decisions:
// - A byte-order mark decides. A UTF-8 mark with a declaration of a single-byte encoding is refused when the file
//   holds a non-ASCII byte (the two say different characters there); a UTF-16/32 mark is unambiguous.
// - UTF-16 or UTF-32 bytes without a mark are refused ('unsupported-encoding'): XML requires the mark, and the
//   imaging tool reads such a file as UTF-8 and refuses it.
// - An ASCII-compatible file that declares UTF-16 cannot be UTF-16 (the declaration was read in ASCII): it is read
//   as UTF-8, strictly, as the imaging tool reads it, with a note.

import type { ImportError, ImportErrorCode, ImportNote } from './parse-types.ts';
import {
  charsetOf,
  decodeUtf32,
  encodingName,
  firstInvalidUtf16,
  firstInvalidUtf8,
  firstNonAscii,
  hexBytes,
  lineColumn,
  sniffBom,
  unmarkedWide,
  type BadBytes,
  type UnicodeEncoding,
} from './charsets.ts';
import { decodeLatin1, decodeWindows1252 } from './single-byte.ts';
import { declaredEncoding, type EncodingDeclaration } from './encoding-declaration.ts';

export { encodingName, sniffBom } from './charsets.ts';

export type DecodedXml =
  | {
      readonly ok: true;
      readonly text: string;
      /** The encoding read: 'utf-8', 'utf-16le', 'iso-8859-1', 'windows-1252', … (encodingName for display). */
      readonly encoding: string;
      /** True when the file starts with a byte-order mark (not part of `text`). */
      readonly bom: boolean;
      /** The encoding label of the XML declaration, when it has one (ASCII-compatible files only). */
      readonly declared?: string;
      /**
       * The first character the imaging tool reads otherwise (it reads a file without a mark as UTF-8): the first
       * non-ASCII character of a file in a single-byte encoding. 1-based.
       */
      readonly misread?: { readonly line: number; readonly column: number; readonly char: string };
      /** What the import report says about the encoding (read as ISO-8859-1, written as UTF-8, …). */
      readonly notes: readonly ImportNote[];
    }
  | { readonly ok: false; readonly error: ImportError };

type Ok = DecodedXml & { ok: true };

function refuse(code: ImportErrorCode, message: string, at: { line: number; column: number }): DecodedXml {
  return { ok: false, error: { code, message: `Line ${at.line}, column ${at.column}: ${message}`, line: at.line, column: at.column } };
}

/** Refuses bytes not valid in `encoding`, at the line and column after the valid text before them. */
function invalid(encoding: string, bad: BadBytes, before: string, hint: string): DecodedXml {
  const what = bad.atEnd
    ? `the file ends inside a character: ${hexBytes(bad.bytes)} is an incomplete ${encodingName(encoding)} sequence`
    : bad.bytes.length > 1 && encoding === 'utf-8'
      ? `the bytes ${hexBytes(bad.bytes)} are not valid UTF-8 (${hexBytes(bad.bytes.slice(0, 1))} cannot be followed by ${hexBytes(bad.bytes.slice(-1))})`
      : `${bad.bytes.length > 1 ? 'the bytes' : 'the byte'} ${hexBytes(bad.bytes)} ${bad.bytes.length > 1 ? 'are' : 'is'} not valid ${encodingName(encoding)}`;
  return refuse('invalid-bytes', `${what}. ${hint}CAF Studio never replaces a character it cannot read.`, lineColumn(before, before.length));
}

const UTF8_HINT =
  'If the file was saved as ISO-8859-1 or Windows-1252, say so in its XML declaration (<?xml version="1.0" encoding="ISO-8859-1"?>) or save it as UTF-8. ';

function ok(text: string, encoding: string, bom: boolean, decl: EncodingDeclaration | undefined, notes: ImportNote[] = []): Ok {
  return { ok: true, text, encoding, bom, ...(decl ? { declared: decl.label } : {}), notes };
}

function strictUtf8(body: Uint8Array, bom: boolean, decl: EncodingDeclaration | undefined, notes: ImportNote[] = []): DecodedXml {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8', bom, decl, notes);
  } catch {
    const bad = firstInvalidUtf8(body)!;
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, bad.offset));
    return invalid('utf-8', bad, before, decl || bom ? '' : UTF8_HINT);
  }
}

function marked(encoding: UnicodeEncoding, body: Uint8Array): DecodedXml {
  if (encoding === 'utf-8') {
    const decl = declaredEncoding(body);
    const charset = decl && charsetOf(decl.label);
    const at = charset && charset.kind !== 'utf-8' && charset.kind !== 'wide' ? firstNonAscii(body) : -1;
    if (at >= 0) {
      const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, at));
      return refuse(
        'invalid-bytes',
        `the file starts with a UTF-8 byte-order mark but declares encoding "${decl!.label}", and the byte ${hexBytes([body[at]])} here means a different character in each. Remove the mark or the declaration, whichever is wrong.`,
        lineColumn(before, before.length),
      );
    }
    return strictUtf8(body, true, decl);
  }
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const r = decodeUtf32(body, encoding === 'utf-32le');
    if (!r.bad) return ok(r.text, encoding, true, undefined);
    return invalid(encoding, r.bad, r.text.slice(0, Math.max(0, r.firstInvalid >= 0 ? r.firstInvalid : r.text.length)), '');
  }
  try {
    return ok(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, true, undefined);
  } catch {
    const bad = firstInvalidUtf16(body, encoding === 'utf-16le')!;
    return invalid(encoding, bad, new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, bad.offset)), '');
  }
}

/** Text in a single-byte (or other non-UTF) encoding, with where the imaging tool would first misread it. */
function legacy(text: string, encoding: string, decl: EncodingDeclaration): DecodedXml {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  if (i === text.length) return ok(text, encoding, false, decl);
  const at = lineColumn(text, i);
  const char = String.fromCodePoint(text.codePointAt(i)!);
  const note: ImportNote = {
    ...at,
    message: `The file was read as ${encodingName(encoding)}, as its XML declaration says, and CAF Studio writes it as UTF-8. The imaging tool reads a file without a byte-order mark as UTF-8 whatever it declares, and would have misread this file from its first non-ASCII character, "${char}", here.`,
  };
  return { ...ok(text, encoding, false, decl, [note]), misread: { ...at, char } };
}

export function decodeXmlFile(bytes: Uint8Array): DecodedXml {
  const mark = sniffBom(bytes);
  if (mark.length > 0) return marked(mark.encoding, bytes.subarray(mark.length));
  const wide = unmarkedWide(bytes);
  if (wide) {
    const name = encodingName(wide);
    return refuse(
      'unsupported-encoding',
      `the file looks like ${name} without a byte-order mark. XML requires the mark in a UTF-16 or UTF-32 file, and the imaging tool reads a file without one as UTF-8 and refuses it. Save it as ${name} with a byte-order mark, or as UTF-8.`,
      { line: 1, column: 1 },
    );
  }
  const decl = declaredEncoding(bytes);
  if (!decl) return strictUtf8(bytes, false, undefined);
  const charset = charsetOf(decl.label);
  if (!charset) {
    return refuse(
      'unsupported-encoding',
      `the XML declaration names encoding "${decl.label}", which CAF Studio cannot decode. Save the file as UTF-8 (or declare ISO-8859-1, Windows-1252 or US-ASCII if it is in one of those).`,
      decl,
    );
  }
  switch (charset.kind) {
    case 'utf-8':
      return strictUtf8(bytes, false, decl);
    case 'wide':
      return strictUtf8(bytes, false, decl, [
        {
          line: decl.line,
          column: decl.column,
          message: `The file declares encoding "${decl.label}" but has no byte-order mark and is not in it (the declaration itself is ASCII): it was read as UTF-8, as the imaging tool reads it, and CAF Studio writes it as UTF-8.`,
        },
      ]);
    case 'iso-8859-1':
      return legacy(decodeLatin1(bytes), 'iso-8859-1', decl);
    case 'windows-1252':
      return legacy(decodeWindows1252(bytes), 'windows-1252', decl);
    case 'us-ascii': {
      const at = firstNonAscii(bytes);
      if (at >= 0) return invalid('us-ascii', { offset: at, bytes: [bytes[at]] }, decodeLatin1(bytes.subarray(0, at)), '');
      return ok(decodeLatin1(bytes), 'us-ascii', false, decl);
    }
    case 'whatwg':
      try {
        return legacy(new TextDecoder(charset.encoding, { fatal: true }).decode(bytes), charset.encoding, decl);
      } catch {
        // No byte-level decoder of our own here: the first replacement the lenient decoder wrote says where.
        const lenient = new TextDecoder(charset.encoding).decode(bytes);
        const i = lenient.indexOf('\uFFFD');
        return refuse('invalid-bytes', `the file holds bytes that are not valid ${encodingName(charset.encoding)}, the encoding its XML declaration names. CAF Studio never replaces a character it cannot read.`, lineColumn(lenient, Math.max(0, i)));
      }
  }
}
